using Jyotishika.Engine.Analysis;

namespace Jyotishika.Engine.Dasha.Chara;

/// <summary>
/// Jaimini's feet (padas) of the zodiac: Aries, Taurus, Gemini and Libra, Scorpio, Sagittarius are odd-footed (vishama pada),
/// the other six even-footed (sama pada). BPHS 46.156: counting goes forward from odd-footed signs and backward from even-footed
/// ones. Signs are 0 = Aries … 11 = Pisces.
/// </summary>
internal static class Footedness
{
    public static bool IsOddFooted(int sign) => (Normalize(sign) / 3) % 2 == 0;

    /// <summary>Rasi dashas run forward from a sign whose 9th is odd-footed, backward otherwise.</summary>
    public static bool RunsForwardFrom(int sign) => IsOddFooted(SignChart.Houses.SignAt(sign, 9));

    /// <summary>The n-th sign (1 = the sign itself) from <paramref name="sign"/>, forward or backward.</summary>
    public static int SignAt(int sign, int house, bool forward) =>
        forward ? SignChart.Houses.SignAt(sign, house) : SignChart.Houses.SignAt(sign, 2 - house);

    /// <summary>Signs counted from <paramref name="from"/> to <paramref name="to"/>, both inclusive, forward or backward.</summary>
    public static int Count(int from, int to, bool forward) =>
        forward ? SignChart.Houses.Count(from, to) : SignChart.Houses.Count(to, from);

    private static int Normalize(int sign) => ((sign % 12) + 12) % 12;
}
