using Jyotishika.Engine.Analysis;

namespace Jyotishika.Engine.Doshas;

/// <summary>
/// Manglik (Kuja, Mangal) dosha: Mars in the 1st, 2nd, 4th, 7th, 8th or 12th house counted from the ascendant, the Moon
/// and Venus, the houses being whole signs. The rule is the well-known verse "lagne vyaye ca pātāle jāmitre cāṣṭame kuje"
/// (its reading with "dhane" gives the 2nd house) as the matching literature quotes it; the classical work it comes from
/// is quoted differently by different authors, so no chapter is given here. The exceptions are listed with their own
/// sources and never merged into a verdict: whether an exception removes or only weakens the dosha is itself disputed.
/// </summary>
public static class Manglik
{
    /// <summary>The rule itself: the verse as the matching literature quotes it, its work not pinned down here.</summary>
    public static CitedRule Rule { get; } = new(
        nameof(Manglik),
        "The verse 'lagne vyaye ca pātāle jāmitre cāṣṭame kuje' (with 'dhane' for the 2nd), as quoted in the matching literature");

    private const string ExceptionListSource =
        "B. V. Raman's list of Kuja dosha exceptions, as quoted throughout the matching literature (chapter not verified here)";

    /// <summary>Mars in the 2nd in Gemini or Virgo, 4th in Aries or Scorpio, 7th in Capricorn or Cancer, 8th in
    /// Sagittarius or Pisces, 12th in Taurus or Libra: the house-sign pairs of <see cref="ExceptionListSource"/>.</summary>
    private static readonly Dictionary<int, int[]> HouseSignExceptions = new()
    {
        [2] = [2, 5],
        [4] = [0, 7],
        [7] = [9, 3],
        [8] = [8, 11],
        [12] = [1, 6],
    };

    /// <summary>Mars in its own sign (Aries, Scorpio): a widely stated exception (the signs from BPHS ch. 3).</summary>
    public static CitedRule MarsInOwnSign { get; } =
        new(nameof(MarsInOwnSign), "Modern practice: Mars in its own sign (own signs per BPHS ch. 3); no classical verse verified here");

    /// <summary>Mars in its exaltation sign (Capricorn).</summary>
    public static CitedRule MarsExalted { get; } =
        new(nameof(MarsExalted), "Modern practice: Mars exalted (exaltation per BPHS ch. 3); no classical verse verified here");

    /// <summary>Mars in the house-sign pairs of Raman's list (see <see cref="HouseSignExceptions"/>).</summary>
    public static CitedRule HouseSignException { get; } = new(nameof(HouseSignException), ExceptionListSource);

    /// <summary>Mars in Leo or Aquarius, in any house.</summary>
    public static CitedRule MarsInLeoOrAquarius { get; } = new(nameof(MarsInLeoOrAquarius), ExceptionListSource);

    /// <summary>Mars in the same sign as Jupiter.</summary>
    public static CitedRule MarsWithJupiter { get; } = new(nameof(MarsWithJupiter), ExceptionListSource);

    /// <summary>Mars in the same sign as the Moon.</summary>
    public static CitedRule MarsWithMoon { get; } = new(nameof(MarsWithMoon), ExceptionListSource);

    /// <summary>Jupiter aspects Mars (its 5th, 7th or 9th sign aspect, BPHS ch. 26).</summary>
    public static CitedRule MarsAspectedByJupiter { get; } =
        new(nameof(MarsAspectedByJupiter), "Modern practice (Jupiter's aspect on Mars); aspects per BPHS ch. 26");

    /// <summary>Both partners manglik: the dosha of each is held to cancel the other's (dosha samya).</summary>
    public static CitedRule MutualCancellation { get; } = new(nameof(MutualCancellation), ExceptionListSource);

    public static ManglikResult Assess(SignChart chart, ManglikOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(chart);
        options ??= ManglikOptions.Default;
        var counted = options.HouseNumbers;
        var mars = chart.SignOf(Graha.Mars);
        var chartWide = ChartWideExceptions(chart, mars);

        ManglikPlacement From(ManglikReference reference, int referenceSign)
        {
            var house = SignChart.Houses.Count(referenceSign, mars);
            var present = counted.Contains(house);
            if (!present)
            {
                return new(reference, house, false, []);
            }

            List<CitedRule> exceptions = HouseSignExceptions.TryGetValue(house, out var signs) && signs.Contains(mars)
                ? [HouseSignException, .. chartWide]
                : [.. chartWide];
            return new(reference, house, true, exceptions);
        }

        return new(
            [
                From(ManglikReference.Ascendant, chart.AscendantSign),
                From(ManglikReference.Moon, chart.SignOf(Graha.Moon)),
                From(ManglikReference.Venus, chart.SignOf(Graha.Venus)),
            ],
            options);
    }

    /// <summary>Two partners side by side, with the mutual cancellation flag matching reads.</summary>
    public static ManglikPair Compare(ManglikResult first, ManglikResult second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var mutual = first.Present && second.Present;
        return new(first, second, mutual, mutual ? MutualCancellation : null);
    }

    /// <summary>The exceptions that depend on Mars's sign and companions, not on the reference it is counted from.</summary>
    private static List<CitedRule> ChartWideExceptions(SignChart chart, int mars)
    {
        var exceptions = new List<CitedRule>();
        if (Dignities.IsInOwnSign(Graha.Mars, mars))
        {
            exceptions.Add(MarsInOwnSign);
        }

        if (Dignities.IsExalted(Graha.Mars, mars))
        {
            exceptions.Add(MarsExalted);
        }

        // Leo 4, Aquarius 10.
        if (mars is 4 or 10)
        {
            exceptions.Add(MarsInLeoOrAquarius);
        }

        if (Conjunction.Together(chart, Graha.Mars, Graha.Jupiter))
        {
            exceptions.Add(MarsWithJupiter);
        }
        else if (SignAspects.Aspects(chart, Graha.Jupiter, Graha.Mars))
        {
            exceptions.Add(MarsAspectedByJupiter);
        }

        if (Conjunction.Together(chart, Graha.Mars, Graha.Moon))
        {
            exceptions.Add(MarsWithMoon);
        }

        return exceptions;
    }
}
