using Jyotishika.Engine.Analysis;
using Jyotishika.Engine.Jaimini;

namespace Jyotishika.Engine.Dasha.Rasi;

/// <summary>
/// The order of the twelve equal sub-periods of a Narayana dasa (P. V. R. Narasimha Rao, "Vedic Astrology: An Integrated
/// Approach", 18.3 and Example 67); every deeper level divides its period by the same rule, the period's sign in the place of the
/// dasa sign.
/// </summary>
internal static class NarayanaAntardashas
{
    /// <summary>
    /// The antardasa seed is the stronger of the dasa sign and the 7th from it; sub-periods start from the sign holding the seed's
    /// lord and run sign by sign, forward from an odd sign and backward from an even one (odd and even signs, not footedness).
    /// Saturn in the seed makes them forward; Ketu in the seed reverses them (applied after Saturn's rule).
    /// </summary>
    public static int[] Of(SignChart chart, int dasaSign)
    {
        var seed = SignStrength.StrongerSign(chart, dasaSign, SignCounting.SignAt(dasaSign, 7, forward: true));
        var start = chart.SignOf(Arudhas.LordOf(chart, seed, CoLordRule.Stronger));
        var forward = SignCounting.IsOddSign(start) || chart.SignOf(Graha.Saturn) == seed;
        if (chart.SignOf(Graha.Ketu) == seed)
        {
            forward = !forward;
        }

        return [.. Enumerable.Range(1, 12).Select(house => SignCounting.SignAt(start, house, forward))];
    }
}
