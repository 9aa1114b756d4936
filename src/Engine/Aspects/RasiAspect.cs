namespace Jyotishika.Engine.Aspects;

/// <summary>The signs one sign aspects under Jaimini's rasi drishti, and the grahas it carries to them.</summary>
/// <param name="Sign">The aspecting sign, 0 = Aries … 11 = Pisces.</param>
/// <param name="AspectedSigns">The three signs it aspects, in ascending sign order (Aries first).</param>
/// <param name="Grahas">The grahas standing in <paramref name="Sign"/>, in <see cref="Analysis.SignChart.NineGrahas"/>
/// order.</param>
/// <param name="AspectedGrahas">The grahas standing in the aspected signs, in the same order.</param>
public sealed record RasiAspect(
    int Sign,
    IReadOnlyList<int> AspectedSigns,
    IReadOnlyList<Graha> Grahas,
    IReadOnlyList<Graha> AspectedGrahas);
