namespace Jyotishika.Engine.Ashtakavarga;

/// <summary>
/// The pindas of BPHS ch. 69 (R. Santhanam's numbering), read from the bindus left after both reductions. Rasi pinda:
/// each sign's bindus times its rasi multiplier (gunakara) Aries 7, Taurus 10, Gemini 8, Cancer 4, Leo 10, Virgo 5,
/// Libra 7, Scorpio 8, Sagittarius 9, Capricorn 5, Aquarius 11, Pisces 12. Graha pinda: for each of the seven grahas, the
/// bindus in the sign it occupies times its graha multiplier Sun 5, Moon 5, Mars 8, Mercury 5, Jupiter 10, Venus 7,
/// Saturn 5. Sodhya pinda is their sum. (Some tables print Virgo as 6; BPHS and the worked examples in the tests use 5.)
/// </summary>
internal static class Pindas
{
    private static readonly int[] RasiMultipliers = [7, 10, 8, 4, 10, 5, 7, 8, 9, 5, 11, 12];

    private static readonly int[] GrahaMultipliers = [5, 5, 8, 5, 10, 7, 5];

    public static int Rasi(IReadOnlyList<int> reduced) => Enumerable.Range(0, 12).Sum(sign => reduced[sign] * RasiMultipliers[sign]);

    /// <param name="reduced">Counts after both reductions, Aries first.</param>
    /// <param name="grahaSigns">The signs of Sun … Saturn, in that order.</param>
    public static int Graha(IReadOnlyList<int> reduced, IReadOnlyList<int> grahaSigns) =>
        Enumerable.Range(0, GrahaMultipliers.Length).Sum(graha => reduced[grahaSigns[graha]] * GrahaMultipliers[graha]);
}
