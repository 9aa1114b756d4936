namespace Jyotishika.Engine.Dasha;

/// <summary>
/// A period's ruler: a graha, a yogini (named, with its ruling graha), or a sign (rasi dashas: Chara, Narayana,
/// Kalachakra …, where <see cref="Graha"/> is null and <see cref="Sign"/> is 0 = Aries … 11 = Pisces).
/// </summary>
/// <param name="Years">The lord's nominal years in its system's cycle; a rasi dasha's years come from the chart, so 0 there
/// unless the system fixes them (Kalachakra).</param>
public readonly record struct DashaLord(string Name, Graha? Graha, double Years, int? Sign = null)
{
    private static readonly string[] SignNames =
        ["Aries", "Taurus", "Gemini", "Cancer", "Leo", "Virgo", "Libra", "Scorpio", "Sagittarius", "Capricorn", "Aquarius", "Pisces"];

    /// <summary>A sign as the lord of a rasi-dasha period.</summary>
    public static DashaLord OfSign(int sign, double years = 0) =>
        new(SignNames[((sign % 12) + 12) % 12], null, years, ((sign % 12) + 12) % 12);
}

/// <summary>One period of a tree before it is placed in time: its lord and its length in dasha years.</summary>
public readonly record struct DashaSpan(DashaLord Lord, double Years);

/// <summary>
/// A dasha system applied to one birth: the mahadashas in order from the one running at birth, and the sub-periods of
/// any period. <see cref="DashaCalculator"/> places the tree in time and walks it lazily.
/// </summary>
public interface IDashaTree
{
    /// <summary>Years of the first mahadasha already run at birth (0 for systems that start at birth).</summary>
    double ElapsedYearsAtBirth { get; }

    /// <summary>
    /// Mahadashas from the one running at birth, in order. The calculator stops reading once
    /// <see cref="DashaCalculator.CoveredYears"/> from birth are covered, so a repeating cycle may be endless.
    /// </summary>
    IEnumerable<DashaSpan> Mahadashas();

    /// <summary>
    /// The sub-periods of the period reached by <paramref name="path"/> (mahadasha lord first, the period's own lord last),
    /// in order; their years add up to <paramref name="parentYears"/> (the calculator closes any rounding gap on the last).
    /// </summary>
    IReadOnlyList<DashaSpan> SubPeriods(IReadOnlyList<DashaLord> path, double parentYears);

    /// <summary>
    /// The same, with the period's place in the tree: <paramref name="ordinals"/>[0] counts mahadashas from the one running at
    /// birth (0), each later entry the period's place among its siblings. Trees whose divisions depend on where a recurring
    /// lord stands (Kalachakra) read it; the rest read the lords.
    /// </summary>
    IReadOnlyList<DashaSpan> SubPeriods(IReadOnlyList<DashaLord> path, IReadOnlyList<int> ordinals, double parentYears) =>
        SubPeriods(path, parentYears);
}
