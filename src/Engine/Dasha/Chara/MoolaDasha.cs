using Jyotishika.Engine.Analysis;
using Jyotishika.Engine.Jaimini;

namespace Jyotishika.Engine.Dasha.Chara;

/// <summary>
/// Moola dasha, the lagna kendradi graha dasha (P. V. R. Narasimha Rao, "Vedic Astrology: An Integrated Approach", Moola dasa;
/// S. Rath, "Moola dasa", 1999). From the stronger of the lagna and the 7th, the signs run kendras, then panapharas, then
/// apoklimas, each group in the seed's direction; every graha has its dasha in the order of the signs it stands in. A graha's
/// years are its Vimshottari years less a correction read from its distance to its moolatrikona; a second cycle gives each the
/// rest of its Vimshottari years, so the two make 120. Antardashas run through all nine from the period's own graha, each its
/// Vimshottari share.
/// </summary>
internal static class MoolaDasha
{
    /// <summary>Kendras, panapharas, apoklimas: houses 1, 4, 7, 10, then 2, 5, 8, 11, then 3, 6, 9, 12 from the seed.</summary>
    private static readonly int[] KendradiHouses = [1, 4, 7, 10, 2, 5, 8, 11, 3, 6, 9, 12];

    private const double VimshottariTotal = 120;

    public static IDashaTree Of(SignChart chart)
    {
        var seed = SignStrength.StrongerSign(chart, chart.AscendantSign, SignChart.Houses.SignAt(chart.AscendantSign, 7));
        var forward = RunsForwardFrom(chart, seed);
        var order = KendradiHouses
            .Select(house => Footedness.SignAt(seed, house, forward))
            .SelectMany(sign => GrahasStrongestFirst(chart, sign))
            .ToList();
        return new MoolaTree(order, order.Select(graha => MoolaYears.FirstCycle(chart, graha)).ToList());
    }

    /// <summary>
    /// Forward (panapharas after the kendras) from an odd seed, backward (apoklimas next) from an even one; Saturn in the seed
    /// makes it forward and Ketu backward whatever its oddity, and with both there the one further advanced decides (S. Rath,
    /// "Moola dasa", the rule for the succession after the kendras).
    /// </summary>
    private static bool RunsForwardFrom(SignChart chart, int seed)
    {
        var saturnIn = chart.SignOf(Graha.Saturn) == seed;
        var ketuIn = chart.SignOf(Graha.Ketu) == seed;
        if (saturnIn && ketuIn)
        {
            return !(chart.Grahas[Graha.Ketu].DegreeInSign > chart.Grahas[Graha.Saturn].DegreeInSign);
        }

        return saturnIn || (!ketuIn && seed % 2 == 0);
    }

    /// <summary>
    /// Grahas sharing a sign: an exalted one first (S. Rath, "Moola dasa": of the Moon and Jupiter in Cancer, exalted Jupiter
    /// gives the first dasha), then the one further advanced in the sign (the degree rule that closes P. V. R. Narasimha Rao's
    /// graha strength rules); otherwise the natural order Sun … Ketu.
    /// </summary>
    private static IEnumerable<Graha> GrahasStrongestFirst(SignChart chart, int sign) =>
        SignChart.NineGrahas
            .Where(graha => chart.Grahas.TryGetValue(graha, out var position) && position.Sign == sign)
            .OrderByDescending(graha => Dignities.IsExalted(graha, sign))
            .ThenByDescending(graha => chart.Grahas[graha].DegreeInSign ?? 0);

    /// <summary>The nine grahas' first cycle, then a second with the rest of each one's Vimshottari years, repeating.</summary>
    private sealed class MoolaTree(IReadOnlyList<Graha> order, IReadOnlyList<double> firstCycleYears) : IDashaTree
    {
        public double ElapsedYearsAtBirth => 0;

        public IEnumerable<DashaSpan> Mahadashas()
        {
            for (var cycle = 0; ; cycle++)
            {
                for (var i = 0; i < order.Count; i++)
                {
                    var full = MoolaYears.Vimshottari(order[i]);
                    var years = cycle % 2 == 0 ? firstCycleYears[i] : full - firstCycleYears[i];
                    yield return new DashaSpan(Lord(order[i]), years);
                }
            }
        }

        public IReadOnlyList<DashaSpan> SubPeriods(IReadOnlyList<DashaLord> path, double parentYears)
        {
            var graha = path[^1].Graha ?? throw new ArgumentException("Moola dasha's lords are grahas.", nameof(path));
            var start = IndexOf(graha);
            return Enumerable.Range(0, order.Count)
                .Select(i => order[(start + i) % order.Count])
                .Select(sub => new DashaSpan(Lord(sub), parentYears * MoolaYears.Vimshottari(sub) / VimshottariTotal))
                .ToList();
        }

        private int IndexOf(Graha graha)
        {
            for (var i = 0; i < order.Count; i++)
            {
                if (order[i] == graha)
                {
                    return i;
                }
            }

            throw new ArgumentException("The graha has no Moola dasha here.", nameof(graha));
        }

        private static DashaLord Lord(Graha graha) => DashaScheme.Vimshottari.Lords.Single(lord => lord.Graha == graha);
    }
}
