using Jyotishika.Engine.Analysis;

namespace Jyotishika.Engine.Aspects;

/// <summary>Which of the nine grahas stand in a set of signs, in <see cref="SignChart.NineGrahas"/> order (outer planets never).</summary>
internal static class Occupants
{
    public static Graha[] In(SignChart chart, IReadOnlyCollection<int> signs) =>
        SignChart.NineGrahas.Where(graha => chart.Grahas.TryGetValue(graha, out var position) && signs.Contains(position.Sign)).ToArray();
}
