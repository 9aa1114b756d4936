namespace Jyotishika.Engine.Panchang.Day;

/// <summary>The samvatsara of a Shaka year under each convention.</summary>
internal static class SamvatsaraRule
{
    private const int CycleLength = 60;

    /// <summary>Kali year = Shaka year + 3179 (Shaka 1 began 3179 years into the Kali yuga).</summary>
    private const int KaliMinusShaka = 3179;

    internal static Samvatsara Of(int shakaYear, SamvatsaraConvention convention)
    {
        var number = convention == SamvatsaraConvention.NorthIndianJovian ? Jovian(shakaYear) : Unbroken(shakaYear);
        return new Samvatsara(number, Samvatsara.Names[number - 1], convention, shakaYear);
    }

    // Shaka + 11 with Prabhava as 1: Shaka 1909 (1987-88) is Prabhava, the South's anchor that PyJHora's (year − 1926) and
    // lunar_year_index both reproduce.
    private static int Unbroken(int shakaYear) => Mod(shakaYear + 11, CycleLength) + 1;

    // Sewell & Dikshit, The Indian Calendar (1896), the Surya Siddhanta mean-sign rule for the Barhaspatya year current at the
    // start of Kali year K: (K + 27 + ⌊(211K − 108) / 18000⌋) mod 60, 1 = Prabhava. The 211/18000 term is the excess of 60
    // Jupiter years over the solar ones that makes a name drop every ~85.3 years. The same expression (kali_start 27) is in
    // PyJHora drik.lunar_year_index before its South Indian re-basing.
    private static int Jovian(int shakaYear)
    {
        var kali = shakaYear + KaliMinusShaka;
        var number = Mod(kali + 27 + (int)Math.Floor((211.0 * kali - 108) / 18000), CycleLength);
        return number == 0 ? CycleLength : number;
    }

    private static int Mod(int value, int modulus) => ((value % modulus) + modulus) % modulus;
}
