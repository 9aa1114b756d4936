namespace Jyotishika.Engine.Dasha;

/// <summary>
/// A dasha system's cycle: lords in order with their years, and where a birth enters the cycle. Sub-periods of any
/// period run through the same lords starting from the period's own lord, each lasting parent × years / total.
/// </summary>
public sealed class DashaScheme
{
    private DashaScheme(DashaSystem system, DashaLord[] lords, int nakshatrasBeforeFirstGroup, int[] groupSizes)
    {
        System = system;
        Lords = lords;
        TotalYears = lords.Sum(l => l.Years);
        FirstGroupNakshatra = nakshatrasBeforeFirstGroup;
        GroupSizes = groupSizes;
    }

    public DashaSystem System { get; }

    public IReadOnlyList<DashaLord> Lords { get; }

    public double TotalYears { get; }

    private int FirstGroupNakshatra { get; }

    /// <summary>Nakshatras each lord's group spans, in lord order (one each for Vimshottari and Yogini).</summary>
    private int[] GroupSizes { get; }

    /// <summary>Ketu 7, Venus 20, Sun 6, Moon 10, Mars 7, Rahu 18, Jupiter 16, Saturn 19, Mercury 17; Ashwini → Ketu.</summary>
    public static DashaScheme Vimshottari { get; } = new(
        DashaSystem.Vimshottari,
        [
            new("Ketu", Graha.Ketu, 7), new("Venus", Graha.Venus, 20), new("Sun", Graha.Sun, 6),
            new("Moon", Graha.Moon, 10), new("Mars", Graha.Mars, 7), new("Rahu", Graha.Rahu, 18),
            new("Jupiter", Graha.Jupiter, 16), new("Saturn", Graha.Saturn, 19), new("Mercury", Graha.Mercury, 17),
        ],
        0,
        [1, 1, 1, 1, 1, 1, 1, 1, 1]);

    /// <summary>
    /// Mangala (Moon) 1, Pingala (Sun) 2, Dhanya (Jupiter) 3, Bhramari (Mars) 4, Bhadrika (Mercury) 5, Ulka (Saturn) 6,
    /// Siddha (Venus) 7, Sankata (Rahu) 8. The first yogini is (janma nakshatra number + 3) mod 8, 1 = Mangala, 0 = Sankata.
    /// </summary>
    public static DashaScheme Yogini { get; } = new(
        DashaSystem.Yogini,
        [
            new("Mangala", Graha.Moon, 1), new("Pingala", Graha.Sun, 2), new("Dhanya", Graha.Jupiter, 3),
            new("Bhramari", Graha.Mars, 4), new("Bhadrika", Graha.Mercury, 5), new("Ulka", Graha.Saturn, 6),
            new("Siddha", Graha.Venus, 7), new("Sankata", Graha.Rahu, 8),
        ],
        0,
        [1, 1, 1, 1, 1, 1, 1, 1]);

    /// <summary>
    /// Sun 6, Moon 15, Mars 8, Mercury 17, Saturn 10, Jupiter 19, Rahu 12, Venus 21 (108 years), over contiguous groups
    /// of 4, 3, 4, 3, 3, 3, 4, 3 nakshatras counted from Ardra (Saturn's group holds Abhijit inside its arc, so arcs
    /// rather than a 28-nakshatra count decide the group).
    /// </summary>
    public static DashaScheme Ashtottari { get; } = new(
        DashaSystem.Ashtottari,
        [
            new("Sun", Graha.Sun, 6), new("Moon", Graha.Moon, 15), new("Mars", Graha.Mars, 8),
            new("Mercury", Graha.Mercury, 17), new("Saturn", Graha.Saturn, 10), new("Jupiter", Graha.Jupiter, 19),
            new("Rahu", Graha.Rahu, 12), new("Venus", Graha.Venus, 21),
        ],
        5,
        [4, 3, 4, 3, 3, 3, 4, 3]);

    /// <summary>The scheme's tree for a birth whose Moon (or starting star) stands at <paramref name="moonLongitude"/>.</summary>
    public IDashaTree At(double moonLongitude) => new NakshatraTree(this, EntryAt(moonLongitude));

    public static DashaScheme For(DashaSystem system) => system switch
    {
        DashaSystem.Vimshottari => Vimshottari,
        DashaSystem.Yogini => Yogini,
        DashaSystem.Ashtottari => Ashtottari,
        _ => throw new ArgumentOutOfRangeException(nameof(system), system, "Unknown dasha system"),
    };

    /// <summary>
    /// The lord running at birth and the fraction of its period already elapsed, from the Moon's sidereal longitude.
    /// </summary>
    public (int LordIndex, double ElapsedFraction) EntryAt(double moonLongitude)
    {
        // Position in nakshatras, exact scaling (L·27/360), consistent with Nakshatra.Of.
        var nakshatraIndex = Nakshatra.Of(moonLongitude).Number - 1;
        var inNakshatra = Arc.OffsetInSegment(moonLongitude, Nakshatra.Count) / (360.0 / Nakshatra.Count);
        return System switch
        {
            DashaSystem.Vimshottari => (nakshatraIndex % 9, inNakshatra),
            DashaSystem.Yogini => (((nakshatraIndex + 1 + 3) % 8 + 7) % 8, inNakshatra),
            _ => GroupEntry(nakshatraIndex, inNakshatra),
        };
    }

    private (int LordIndex, double ElapsedFraction) GroupEntry(int nakshatraIndex, double inNakshatra)
    {
        var fromFirstGroup = (nakshatraIndex - FirstGroupNakshatra + Nakshatra.Count) % Nakshatra.Count;
        var groupStart = 0;
        for (var lord = 0; lord < GroupSizes.Length; lord++)
        {
            if (fromFirstGroup < groupStart + GroupSizes[lord])
            {
                return (lord, (fromFirstGroup - groupStart + inNakshatra) / GroupSizes[lord]);
            }

            groupStart += GroupSizes[lord];
        }

        throw new InvalidOperationException("Nakshatra groups do not cover the zodiac");
    }

    /// <summary>The cycle repeated from the birth lord; every period divides among all lords from its own, by their years.</summary>
    private sealed class NakshatraTree(DashaScheme scheme, (int LordIndex, double ElapsedFraction) entry) : IDashaTree
    {
        public double ElapsedYearsAtBirth => entry.ElapsedFraction * scheme.Lords[entry.LordIndex].Years;

        public IEnumerable<DashaSpan> Mahadashas()
        {
            for (var i = entry.LordIndex; ; i++)
            {
                var lord = scheme.Lords[i % scheme.Lords.Count];
                yield return new DashaSpan(lord, lord.Years);
            }
        }

        public IReadOnlyList<DashaSpan> SubPeriods(IReadOnlyList<DashaLord> path, double parentYears)
        {
            var first = IndexOf(path[^1]);
            var spans = new DashaSpan[scheme.Lords.Count];
            for (var i = 0; i < spans.Length; i++)
            {
                var lord = scheme.Lords[(first + i) % spans.Length];
                spans[i] = new DashaSpan(lord, parentYears * lord.Years / scheme.TotalYears);
            }

            return spans;
        }

        private int IndexOf(DashaLord lord)
        {
            for (var i = 0; i < scheme.Lords.Count; i++)
            {
                if (scheme.Lords[i] == lord)
                {
                    return i;
                }
            }

            throw new ArgumentException("The lord is not in this scheme", nameof(lord));
        }
    }
}
