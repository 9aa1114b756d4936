namespace Jyotishika.Engine.Dasha;

/// <summary>
/// A nakshatra dasha's cycle: lords in order with their years, and where a birth enters the cycle. Sub-periods of any
/// period run through the same lords starting from the period's own lord, each lasting parent × years / total (or an
/// equal share, <see cref="SubPeriodShares"/>). Lords, years and starting stars of the conditional dashas are BPHS
/// ch. 46 as PyJHora (<c>jhora/horoscope/dhasa/graha</c>) reads it; its tests' mahadasha dates are reproduced.
/// </summary>
public sealed class DashaScheme
{
    private DashaScheme(DashaSystem system, DashaLord[] lords, Entry entry)
    {
        System = system;
        Lords = lords;
        TotalYears = lords.Sum(l => l.Years);
        EntryRule = entry;
    }

    public DashaSystem System { get; }

    public IReadOnlyList<DashaLord> Lords { get; }

    public double TotalYears { get; }

    private Entry EntryRule { get; }

    /// <summary>Ketu 7, Venus 20, Sun 6, Moon 10, Mars 7, Rahu 18, Jupiter 16, Saturn 19, Mercury 17; Ashwini → Ketu.</summary>
    public static DashaScheme Vimshottari { get; } = new(
        DashaSystem.Vimshottari,
        [
            Lord(Graha.Ketu, 7), Lord(Graha.Venus, 20), Lord(Graha.Sun, 6), Lord(Graha.Moon, 10), Lord(Graha.Mars, 7),
            Lord(Graha.Rahu, 18), Lord(Graha.Jupiter, 16), Lord(Graha.Saturn, 19), Lord(Graha.Mercury, 17),
        ],
        Entry.OneStarEach(Nakshatras.Ashwini));

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
        Entry.YoginiCount);

    /// <summary>
    /// Sun 6, Moon 15, Mars 8, Mercury 17, Saturn 10, Jupiter 19, Rahu 12, Venus 21 (108 years), over contiguous groups
    /// of 4, 3, 4, 3, 3, 3, 4, 3 nakshatras counted from Ardra (Saturn's group holds Abhijit inside its arc, so arcs
    /// rather than a 28-nakshatra count decide the group).
    /// </summary>
    public static DashaScheme Ashtottari { get; } = new(
        DashaSystem.Ashtottari,
        [
            Lord(Graha.Sun, 6), Lord(Graha.Moon, 15), Lord(Graha.Mars, 8), Lord(Graha.Mercury, 17),
            Lord(Graha.Saturn, 10), Lord(Graha.Jupiter, 19), Lord(Graha.Rahu, 12), Lord(Graha.Venus, 21),
        ],
        Entry.Groups(Nakshatras.Ardra, [4, 3, 4, 3, 3, 3, 4, 3]));

    /// <summary>
    /// Sun 11, Mars 12, Jupiter 13, Saturn 14, Ketu 15, Moon 16, Mercury 17, Venus 18 (116 years); counted from Pushya
    /// to the birth star, the remainder by 8 names the lord, Pushya = Sun (BPHS 46.24–26).
    /// </summary>
    public static DashaScheme Shodasottari { get; } = new(
        DashaSystem.Shodasottari,
        [
            Lord(Graha.Sun, 11), Lord(Graha.Mars, 12), Lord(Graha.Jupiter, 13), Lord(Graha.Saturn, 14),
            Lord(Graha.Ketu, 15), Lord(Graha.Moon, 16), Lord(Graha.Mercury, 17), Lord(Graha.Venus, 18),
        ],
        Entry.OneStarEach(Nakshatras.Pushya));

    /// <summary>
    /// Sun 7, Jupiter 9, Ketu 11, Mercury 13, Rahu 15, Mars 17, Saturn 19, Moon 21 (112 years); counted from the birth
    /// star on to Revati, so Revati = Sun, Uttara Bhadrapada = Jupiter … backwards through the zodiac (BPHS ch. 46).
    /// </summary>
    public static DashaScheme Dwadasottari { get; } = new(
        DashaSystem.Dwadasottari,
        [
            Lord(Graha.Sun, 7), Lord(Graha.Jupiter, 9), Lord(Graha.Ketu, 11), Lord(Graha.Mercury, 13),
            Lord(Graha.Rahu, 15), Lord(Graha.Mars, 17), Lord(Graha.Saturn, 19), Lord(Graha.Moon, 21),
        ],
        Entry.OneStarEach(Nakshatras.Revati, backwards: true));

    /// <summary>
    /// Sun 12, Mercury 13, Saturn 14, Mars 15, Venus 16, Moon 17, Jupiter 18 (105 years); counted from Anuradha = Sun,
    /// remainder by 7 (BPHS ch. 46).
    /// </summary>
    public static DashaScheme Panchottari { get; } = new(
        DashaSystem.Panchottari,
        [
            Lord(Graha.Sun, 12), Lord(Graha.Mercury, 13), Lord(Graha.Saturn, 14), Lord(Graha.Mars, 15),
            Lord(Graha.Venus, 16), Lord(Graha.Moon, 17), Lord(Graha.Jupiter, 18),
        ],
        Entry.OneStarEach(Nakshatras.Anuradha));

    /// <summary>
    /// Sun 5, Moon 5, Venus 10, Mercury 10, Jupiter 20, Mars 20, Saturn 30 (100 years); counted from Revati = Sun,
    /// remainder by 7 (BPHS ch. 46).
    /// </summary>
    public static DashaScheme Shatabdika { get; } = new(
        DashaSystem.Shatabdika,
        [
            Lord(Graha.Sun, 5), Lord(Graha.Moon, 5), Lord(Graha.Venus, 10), Lord(Graha.Mercury, 10),
            Lord(Graha.Jupiter, 20), Lord(Graha.Mars, 20), Lord(Graha.Saturn, 30),
        ],
        Entry.OneStarEach(Nakshatras.Revati));

    /// <summary>Sun, Moon, Mars, Mercury, Jupiter, Venus, Saturn, 12 years each (84); counted from Swati = Sun (BPHS ch. 46).</summary>
    public static DashaScheme ChaturaseetiSama { get; } = new(
        DashaSystem.ChaturaseetiSama,
        [
            Lord(Graha.Sun, 12), Lord(Graha.Moon, 12), Lord(Graha.Mars, 12), Lord(Graha.Mercury, 12),
            Lord(Graha.Jupiter, 12), Lord(Graha.Venus, 12), Lord(Graha.Saturn, 12),
        ],
        Entry.OneStarEach(Nakshatras.Swati));

    /// <summary>Sun … Saturn and Rahu, 9 years each (72); counted from Mula = Sun, remainder by 8 (BPHS ch. 46).</summary>
    public static DashaScheme DwisaptatiSama { get; } = new(
        DashaSystem.DwisaptatiSama,
        [
            Lord(Graha.Sun, 9), Lord(Graha.Moon, 9), Lord(Graha.Mars, 9), Lord(Graha.Mercury, 9),
            Lord(Graha.Jupiter, 9), Lord(Graha.Venus, 9), Lord(Graha.Saturn, 9), Lord(Graha.Rahu, 9),
        ],
        Entry.OneStarEach(Nakshatras.Mula));

    /// <summary>
    /// Jupiter 10, Sun 10, Mars 10, Moon 6, Mercury 6, Venus 6, Saturn 6, Rahu 6 (60 years), over groups of 3 and 4
    /// stars alternately from Ashwini (BPHS ch. 46). The text's 3, 4, … 4 adds up to 28; counting the 27 stars without
    /// Abhijit, as PyJHora does, leaves Rahu the last three (Purva Bhadrapada … Revati).
    /// </summary>
    public static DashaScheme Shashtihayani { get; } = new(
        DashaSystem.Shashtihayani,
        [
            Lord(Graha.Jupiter, 10), Lord(Graha.Sun, 10), Lord(Graha.Mars, 10), Lord(Graha.Moon, 6),
            Lord(Graha.Mercury, 6), Lord(Graha.Venus, 6), Lord(Graha.Saturn, 6), Lord(Graha.Rahu, 6),
        ],
        Entry.Groups(Nakshatras.Ashwini, [3, 4, 3, 4, 3, 4, 3, 3]));

    /// <summary>
    /// Moon 1, Sun 2, Jupiter 3, Mars 4, Mercury 5, Saturn 6, Venus 7, Rahu 8 (36 years, repeated); counted from
    /// Shravana = Moon, remainder by 8 (BPHS 46.42–43).
    /// </summary>
    public static DashaScheme ShattrimsaSama { get; } = new(
        DashaSystem.ShattrimsaSama,
        [
            Lord(Graha.Moon, 1), Lord(Graha.Sun, 2), Lord(Graha.Jupiter, 3), Lord(Graha.Mars, 4),
            Lord(Graha.Mercury, 5), Lord(Graha.Saturn, 6), Lord(Graha.Venus, 7), Lord(Graha.Rahu, 8),
        ],
        Entry.OneStarEach(Nakshatras.Shravana));

    /// <summary>
    /// Vimshottari with every period a third as long (40-year cycles, repeated): the lords' years are thirds, so the
    /// balance at birth and every sub-period are thirds too (Jagannatha Hora's Tribhagi; PyJHora
    /// <c>use_tribhagi_variation</c>).
    /// </summary>
    public static DashaScheme Tribhagi { get; } = new(
        DashaSystem.Tribhagi,
        Vimshottari.Lords.Select(lord => lord with { Years = lord.Years / 3 }).ToArray(),
        Entry.OneStarEach(Nakshatras.Ashwini));

    /// <summary>The scheme's tree for a birth whose Moon (or starting star) stands at <paramref name="moonLongitude"/>.</summary>
    public IDashaTree At(double moonLongitude) => At(moonLongitude, NakshatraDashaOptions.Default);

    public IDashaTree At(double moonLongitude, NakshatraDashaOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new NakshatraTree(this, EntryAt(moonLongitude, options.GroupBalance), options.Shares);
    }

    public static DashaScheme For(DashaSystem system) => system switch
    {
        DashaSystem.Vimshottari => Vimshottari,
        DashaSystem.Yogini => Yogini,
        DashaSystem.Ashtottari => Ashtottari,
        DashaSystem.Shodasottari => Shodasottari,
        DashaSystem.Dwadasottari => Dwadasottari,
        DashaSystem.Panchottari => Panchottari,
        DashaSystem.Shatabdika => Shatabdika,
        DashaSystem.ChaturaseetiSama => ChaturaseetiSama,
        DashaSystem.DwisaptatiSama => DwisaptatiSama,
        DashaSystem.Shashtihayani => Shashtihayani,
        DashaSystem.ShattrimsaSama => ShattrimsaSama,
        DashaSystem.Tribhagi => Tribhagi,
        _ => throw new ArgumentOutOfRangeException(nameof(system), system, "Not a nakshatra dasha system"),
    };

    /// <summary>
    /// The lord running at birth and the fraction of its period already elapsed, from the Moon's sidereal longitude.
    /// </summary>
    public (int LordIndex, double ElapsedFraction) EntryAt(double moonLongitude) => EntryAt(moonLongitude, StarGroupBalance.WholeGroup);

    public (int LordIndex, double ElapsedFraction) EntryAt(double moonLongitude, StarGroupBalance groupBalance)
    {
        // Position in nakshatras, exact scaling (L·27/360), consistent with Nakshatra.Of.
        var nakshatraIndex = Nakshatra.Of(moonLongitude).Number - 1;
        var inNakshatra = Arc.OffsetInSegment(moonLongitude, Nakshatra.Count) / (360.0 / Nakshatra.Count);
        return EntryRule.Kind switch
        {
            EntryKind.OneStarEach => (EntryRule.StarsFromFirst(nakshatraIndex) % Lords.Count, inNakshatra),
            EntryKind.YoginiCount => (((nakshatraIndex + 1 + 3) % 8 + 7) % 8, inNakshatra),
            _ => GroupEntry(EntryRule.StarsFromFirst(nakshatraIndex), inNakshatra, groupBalance),
        };
    }

    private (int LordIndex, double ElapsedFraction) GroupEntry(int fromFirstGroup, double inNakshatra, StarGroupBalance groupBalance)
    {
        var groupStart = 0;
        for (var lord = 0; lord < EntryRule.GroupSizes.Length; lord++)
        {
            var size = EntryRule.GroupSizes[lord];
            if (fromFirstGroup < groupStart + size)
            {
                return groupBalance == StarGroupBalance.BirthStar
                    ? (lord, inNakshatra)
                    : (lord, (fromFirstGroup - groupStart + inNakshatra) / size);
            }

            groupStart += size;
        }

        throw new InvalidOperationException("Nakshatra groups do not cover the zodiac");
    }

    private static DashaLord Lord(Graha graha, double years) => new(graha.ToString(), graha, years);

    private enum EntryKind
    {
        /// <summary>The n-th star counted from the first star belongs to lord n mod (number of lords).</summary>
        OneStarEach,

        YoginiCount,

        /// <summary>Contiguous groups of stars, one group a lord.</summary>
        Groups,
    }

    /// <summary>How a birth star maps to the cycle: the star the count starts from (0 = Ashwini), its direction, the groups.</summary>
    private sealed record Entry(EntryKind Kind, int FirstStar, bool Backwards, int[] GroupSizes)
    {
        public static Entry YoginiCount { get; } = new(EntryKind.YoginiCount, 0, false, []);

        public static Entry OneStarEach(int firstStar, bool backwards = false) => new(EntryKind.OneStarEach, firstStar, backwards, []);

        public static Entry Groups(int firstStar, int[] sizes) => new(EntryKind.Groups, firstStar, false, sizes);

        /// <summary>Stars from the first star to the birth star, 0 for the first star itself; the count wraps at 27.</summary>
        public int StarsFromFirst(int nakshatraIndex) =>
            ((Backwards ? FirstStar - nakshatraIndex : nakshatraIndex - FirstStar) % Nakshatra.Count + Nakshatra.Count) % Nakshatra.Count;
    }

    /// <summary>Indices (0 = Ashwini) of the stars the cycles are counted from.</summary>
    private static class Nakshatras
    {
        public const int Ashwini = 0;
        public const int Ardra = 5;
        public const int Pushya = 7;
        public const int Swati = 14;
        public const int Anuradha = 16;
        public const int Mula = 18;
        public const int Shravana = 21;
        public const int Revati = 26;
    }

    /// <summary>The cycle repeated from the birth lord; every period divides among all lords from its own.</summary>
    private sealed class NakshatraTree(DashaScheme scheme, (int LordIndex, double ElapsedFraction) entry, SubPeriodShares shares)
        : IDashaTree
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
                var share = shares == SubPeriodShares.Equal ? 1.0 / spans.Length : lord.Years / scheme.TotalYears;
                spans[i] = new DashaSpan(lord, parentYears * share);
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
