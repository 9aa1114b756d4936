namespace Jyotishika.Engine.Aspects;

/// <summary>The full aspects one graha casts in a chart.</summary>
/// <param name="Graha">The aspecting graha.</param>
/// <param name="Signs">The aspected signs (0 = Aries … 11 = Pisces), in ascending house order counted from the graha's sign.</param>
/// <param name="Houses">The same signs as whole-sign houses (1–12) from the ascendant, in the same order.</param>
/// <param name="Grahas">The grahas standing in those signs, in <see cref="Analysis.SignChart.NineGrahas"/> order.</param>
public sealed record GrahaAspect(Graha Graha, IReadOnlyList<int> Signs, IReadOnlyList<int> Houses, IReadOnlyList<Graha> Grahas);
