using Jyotishika.Engine.Aspects;

namespace Jyotishika.Engine.Dasha.Rasi;

/// <summary>The order of the twelve Drigdasa dasas (P. V. R. Narasimha Rao, "Vedic Astrology: An Integrated Approach", 21.2).</summary>
internal static class DrigProgression
{
    /// <summary>
    /// The 9th, 10th and 11th from lagna in turn, each followed by the three signs it aspects (rasi drishti) in the order met when
    /// walking from it, forward if it is odd-footed and backward if even-footed (21.2 (1)–(4); Example 80: Ge, Vi, Sg, Pi, then
    /// Cn, Ta, Aq, Sc, then Le, Ar, Cp, Li for a Libra lagna).
    /// </summary>
    public static int[] From(int ascendantSign) =>
    [
        .. Enumerable.Range(9, 3).SelectMany(house =>
        {
            var sign = SignCounting.SignAt(ascendantSign, house, forward: true);
            var forward = SignCounting.IsOddFooted(sign);
            var aspected = RasiDrishti.AspectedBy(sign);
            return aspected.OrderBy(other => SignCounting.HouseOf(sign, other, forward)).Prepend(sign);
        }),
    ];
}
