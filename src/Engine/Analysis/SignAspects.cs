namespace Jyotishika.Engine.Analysis;

/// <summary>
/// Full sign aspects (graha drishti) as the yogas and dosha exceptions read them: every graha aspects the 7th sign from
/// its own; Mars also the 4th and 8th, Jupiter the 5th and 9th, Saturn the 3rd and 10th (BPHS ch. 26, "Evaluation of
/// aspects"). The nodes cast none here: whether and how they aspect differs between sources (an option for the aspects
/// issue), and no rule that reads this needs it.
/// </summary>
public static class SignAspects
{
    private static readonly int[] Seventh = [7];

    /// <summary>The houses (counted inclusive from its own sign) a graha aspects fully.</summary>
    public static IReadOnlyList<int> HousesAspectedBy(Graha graha) => graha switch
    {
        Graha.Mars => [4, 7, 8],
        Graha.Jupiter => [5, 7, 9],
        Graha.Saturn => [3, 7, 10],
        Graha.Rahu or Graha.Ketu => [],
        _ => Seventh,
    };

    /// <summary>Whether a graha in <paramref name="fromSign"/> aspects <paramref name="toSign"/> fully.</summary>
    public static bool Aspects(Graha graha, int fromSign, int toSign) => HousesAspectedBy(graha).Contains(SignChart.Houses.Count(fromSign, toSign));

    /// <summary>Whether <paramref name="from"/> aspects the sign <paramref name="target"/> fully.</summary>
    public static bool Aspects(SignChart chart, Graha from, int target)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return Aspects(from, chart.SignOf(from), target);
    }

    /// <summary>Whether <paramref name="from"/> aspects the graha <paramref name="target"/> fully.</summary>
    public static bool Aspects(SignChart chart, Graha from, Graha target)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return Aspects(chart, from, chart.SignOf(target));
    }
}
