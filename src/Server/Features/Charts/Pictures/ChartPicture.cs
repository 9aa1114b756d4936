using Jyotishika.Engine;
using Jyotishika.Engine.Vargas;

namespace Jyotishika.Server.Features.Charts.Pictures;

/// <summary>One graha (or the ascendant) as a picture shows it: the varga sign it stands in and its marks.</summary>
/// <param name="Graha">The graha, or null for the ascendant.</param>
/// <param name="Sign">The varga sign, 0 = Aries.</param>
/// <param name="DegreeInSign">Degrees within the varga sign, [0, 30).</param>
/// <param name="Retrograde">Moving backward in longitude (never marked for Rahu and Ketu).</param>
/// <param name="Combust">Too close to the Sun to be seen, by the engine's combustion rule.</param>
public sealed record PicturedPoint(Graha? Graha, int Sign, double DegreeInSign, bool Retrograde, bool Combust);

/// <summary>
/// What a chart picture draws, taken from the same divisional placements the JSON answer lists
/// (<see cref="DivisionalChart.For(Chart, int, VargaScheme?)"/>), so the picture and the numbers cannot disagree.
/// Retrograde and combust are properties of the graha's motion and of the Sun in the rasi chart, so every varga shows them;
/// Rahu and Ketu always move backward (the mean nodes) or nearly so, and charts do not mark them.
/// </summary>
public sealed record ChartPicture(Chart Chart, int Division, string VargaName, int AscendantSign, IReadOnlyList<PicturedPoint> Points)
{
    public static ChartPicture Of(Chart chart, int division)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var positions = DivisionalChart.For(chart, division);
        var motion = chart.Grahas.ToDictionary(position => position.Graha);
        var points = positions.Select(position => new PicturedPoint(
            position.Graha,
            position.Placement.Sign,
            position.Placement.DegreeInSign,
            position.Graha is { } graha and not (Graha.Rahu or Graha.Ketu) && motion[graha].Retrograde,
            position.Graha is { } burnt && motion[burnt].Combust)).ToList();
        var ascendant = points.Single(point => point.Graha is null);
        var name = positions[0].Placement.Varga is { } varga ? $"{varga} (D{division})" : $"Parivritti D{division}";
        return new ChartPicture(chart, division, name, ascendant.Sign, points);
    }

    /// <summary>The house (1–12, counted from the ascendant's sign) a sign is in.</summary>
    public int HouseOf(int sign) => ((sign - AscendantSign + 12) % 12) + 1;
}
