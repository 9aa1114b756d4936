namespace Jyotishika.Engine.Tajaka;

/// <summary>
/// Instants when the Sun, or the Moon's elongation from the Sun, reaches a sidereal longitude: Newton's method from a
/// guess within days, both bodies always moving forward (the Sun never turns back; the Moon always outruns it).
/// </summary>
internal static class TransitSearch
{
    private const int MaxIterations = 12;

    /// <summary>Well under a second of time for either body.</summary>
    private const double ToleranceDegrees = 1e-8;

    /// <summary>The instant near <paramref name="guess"/> when the Sun stands at <paramref name="longitude"/>, and its chart.</summary>
    public static Task<Chart> WhenSunAtAsync(
        ChartEngine engine, ChartInput template, double longitude, DateTime guess, CancellationToken cancellationToken) =>
        SolveAsync(engine, template, guess, chart =>
        {
            var sun = Sun(chart);
            return (sun.Longitude - longitude, sun.Speed);
        }, cancellationToken);

    /// <summary>The instant near <paramref name="guess"/> when the Moon stands <paramref name="elongation"/> ahead of the Sun.</summary>
    public static Task<Chart> WhenElongationAtAsync(
        ChartEngine engine, ChartInput template, double elongation, DateTime guess, CancellationToken cancellationToken) =>
        SolveAsync(engine, template, guess, chart =>
        {
            var sun = Sun(chart);
            var moon = chart.Grahas.First(g => g.Graha == Graha.Moon);
            return (moon.Longitude - sun.Longitude - elongation, moon.Speed - sun.Speed);
        }, cancellationToken);

    /// <summary>The Moon's elongation from the Sun, 0° to 360° (twelve degrees a tithi).</summary>
    public static double Elongation(Chart chart) =>
        Arc.Normalize(chart.Grahas.First(g => g.Graha == Graha.Moon).Longitude - Sun(chart).Longitude);

    public static GrahaPosition Sun(Chart chart) => chart.Grahas.First(g => g.Graha == Graha.Sun);

    private static async Task<Chart> SolveAsync(
        ChartEngine engine, ChartInput template, DateTime guess, Func<Chart, (double Offset, double Speed)> measure,
        CancellationToken cancellationToken)
    {
        var instant = guess;
        Chart chart;
        var iteration = 0;
        while (true)
        {
            chart = await engine.ComputeAsync(template with { UtcInstant = instant }, cancellationToken).ConfigureAwait(false);
            var (offset, speed) = measure(chart);
            var signedOffset = Arc.Normalize(offset + 180) - 180;
            if (Math.Abs(signedOffset) < ToleranceDegrees || ++iteration > MaxIterations)
            {
                return chart;
            }

            instant = instant.AddDays(-signedOffset / speed);
        }
    }
}
