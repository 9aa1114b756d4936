using Jyotishika.Engine.Analysis;

namespace Jyotishika.Engine.Dasha.Rasi;

/// <summary>
/// The order of the twelve Narayana dasas from the dasa seed (P. V. R. Narasimha Rao, "Vedic Astrology: An Integrated Approach",
/// 18.2.1 and Table 40).
/// </summary>
internal static class NarayanaProgression
{
    /// <summary>
    /// Movable seeds go sign by sign (Brahma), fixed ones every 6th sign (Shiva), dual ones through the trines of the seed and then
    /// of its 10th, 7th and 4th (Vishnu: 1st, 5th, 9th, then the 10th and its trines …). The direction is forward when the 9th from
    /// the seed is odd-footed. Saturn in the seed makes it sign by sign and forward; Ketu in the seed reverses the direction. With
    /// both there, Saturn's forward order is reversed by Ketu: Rao states each exception alone and gives no case with both.
    /// </summary>
    public static int[] From(SignChart chart, int seed)
    {
        var forward = SignCounting.IsOddFooted(SignCounting.SignAt(seed, 9, forward: true));
        var saturnInSeed = chart.SignOf(Graha.Saturn) == seed;
        if (saturnInSeed)
        {
            forward = true;
        }

        if (chart.SignOf(Graha.Ketu) == seed)
        {
            forward = !forward;
        }

        if (saturnInSeed || SignCounting.IsMovable(seed))
        {
            return [.. Enumerable.Range(1, 12).Select(house => SignCounting.SignAt(seed, house, forward))];
        }

        if (SignCounting.IsFixed(seed))
        {
            return [.. Enumerable.Range(0, 12).Select(step => SignCounting.SignAt(seed, (5 * step % 12) + 1, forward))];
        }

        // Each quadrant in turn (1st, 10th, 7th, 4th) with its trines (1st, 5th, 9th).
        int[] quadrants = [1, 10, 7, 4];
        int[] trines = [1, 5, 9];
        return [.. quadrants.SelectMany(quadrant =>
        {
            var start = SignCounting.SignAt(seed, quadrant, forward);
            return trines.Select(trine => SignCounting.SignAt(start, trine, forward));
        })];
    }
}
