using Jyotishika.Engine.Analysis;

namespace Jyotishika.Engine.Aspects;

/// <summary>
/// Graha drishti, the full (whole-sign) aspects of the nine grahas: every graha the 7th sign from its own; Mars also the
/// 4th and 8th, Jupiter the 5th and 9th, Saturn the 3rd and 10th (BPHS ch. 26, taken from <see cref="SignAspects"/> so the
/// yogas and this listing cannot drift apart); the nodes as <see cref="GrahaAspectOptions.Nodes"/> says.
/// </summary>
public static class GrahaDrishti
{
    private static readonly int[] NodeSeventh = [7];
    private static readonly int[] NodeLikeJupiter = [5, 7, 9];

    /// <summary>The aspects of the nine grahas, in <see cref="SignChart.NineGrahas"/> order.</summary>
    /// <exception cref="ArgumentException">The chart lacks one of the nine grahas.</exception>
    public static IReadOnlyList<GrahaAspect> Of(SignChart chart, GrahaAspectOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var missing = SignChart.NineGrahas.Where(graha => !chart.Grahas.ContainsKey(graha)).ToArray();
        if (missing.Length > 0)
        {
            throw new ArgumentException($"Graha drishti needs the nine grahas; missing: {string.Join(", ", missing)}.", nameof(chart));
        }

        var nodes = (options ?? GrahaAspectOptions.Default).Nodes;
        return SignChart.NineGrahas.Select(graha => Aspect(chart, graha, nodes)).ToArray();
    }

    /// <summary>The houses counted from its own sign (ascending) that a graha aspects fully.</summary>
    internal static IReadOnlyList<int> HousesAspectedBy(Graha graha, NodeAspects nodes) => graha switch
    {
        Graha.Rahu or Graha.Ketu => nodes switch
        {
            NodeAspects.None => [],
            NodeAspects.Seventh => NodeSeventh,
            NodeAspects.LikeJupiter => NodeLikeJupiter,
            _ => throw new ArgumentOutOfRangeException(nameof(nodes), nodes, "Unknown node aspect convention."),
        },
        _ => SignAspects.HousesAspectedBy(graha),
    };

    private static GrahaAspect Aspect(SignChart chart, Graha graha, NodeAspects nodes)
    {
        var from = chart.SignOf(graha);
        var signs = HousesAspectedBy(graha, nodes).Select(house => SignChart.Houses.SignAt(from, house)).ToArray();
        return new GrahaAspect(
            graha,
            signs,
            signs.Select(chart.HouseOfSign).ToArray(),
            Occupants.In(chart, signs));
    }
}
