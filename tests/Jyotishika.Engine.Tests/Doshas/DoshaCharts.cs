using Jyotishika.Engine.Analysis;

namespace Jyotishika.Engine.Tests.Doshas;

/// <summary>Charts typed as signs (or longitudes), Ketu always opposite Rahu, as a chart from paper would be entered.</summary>
internal static class DoshaCharts
{
    /// <summary>Signs 0 = Aries … 11; each graha in the middle of nowhere in particular: no degrees.</summary>
    public static SignChart Signs(
        int ascendant, int sun = 0, int moon = 0, int mars = 0, int mercury = 0,
        int jupiter = 0, int venus = 0, int saturn = 0, int rahu = 0) =>
        new(ascendant, null, new Dictionary<Graha, SignPosition>
        {
            [Graha.Sun] = new(sun),
            [Graha.Moon] = new(moon),
            [Graha.Mars] = new(mars),
            [Graha.Mercury] = new(mercury),
            [Graha.Jupiter] = new(jupiter),
            [Graha.Venus] = new(venus),
            [Graha.Saturn] = new(saturn),
            [Graha.Rahu] = new(rahu),
            [Graha.Ketu] = new((rahu + 6) % 12),
        });

    /// <summary>Sidereal longitudes in degrees; Ketu is Rahu + 180°.</summary>
    public static SignChart Longitudes(
        double ascendant, double sun, double moon, double mars, double mercury, double jupiter, double venus, double saturn, double rahu) =>
        new((int)(ascendant / 30), ascendant % 30, new Dictionary<Graha, SignPosition>
        {
            [Graha.Sun] = At(sun),
            [Graha.Moon] = At(moon),
            [Graha.Mars] = At(mars),
            [Graha.Mercury] = At(mercury),
            [Graha.Jupiter] = At(jupiter),
            [Graha.Venus] = At(venus),
            [Graha.Saturn] = At(saturn),
            [Graha.Rahu] = At(rahu),
            [Graha.Ketu] = At((rahu + 180) % 360),
        });

    private static SignPosition At(double longitude) => new((int)(longitude / 30), longitude % 30);
}
