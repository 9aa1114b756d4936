namespace Jyotishika.Engine.Dasha.Rasi;

/// <summary>The sign classes and counting the Jaimini rasi dashas read (0 = Aries … 11 = Pisces).</summary>
internal static class SignCounting
{
    /// <summary>
    /// Odd-footed (Aries, Taurus, Gemini and Libra, Scorpio, Sagittarius) as against even-footed: the groups of three from Aries
    /// alternate (BPHS 46.156; P. V. R. Narasimha Rao, "Vedic Astrology: An Integrated Approach", 18.2.1). Not odd and even signs.
    /// </summary>
    public static bool IsOddFooted(int sign) => sign % 6 < 3;

    /// <summary>An odd sign (Aries, Gemini …): an even index here.</summary>
    public static bool IsOddSign(int sign) => sign % 2 == 0;

    public static bool IsMovable(int sign) => sign % 3 == 0;

    public static bool IsFixed(int sign) => sign % 3 == 1;

    /// <summary>The <paramref name="house"/>-th sign from <paramref name="sign"/> (the 1st is the sign itself), counted either way.</summary>
    public static int SignAt(int sign, int house, bool forward) => Normalize(forward ? sign + house - 1 : sign - house + 1);

    /// <summary>Which house <paramref name="target"/> is from <paramref name="sign"/> (1–12), counted either way.</summary>
    public static int HouseOf(int sign, int target, bool forward) =>
        Normalize(forward ? target - sign : sign - target) + 1;

    public static int Normalize(int sign) => ((sign % 12) + 12) % 12;
}
