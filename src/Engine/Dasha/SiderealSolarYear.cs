namespace Jyotishika.Engine.Dasha;

/// <summary>
/// The sidereal solar year around an instant: from the Sun's last entry into sidereal Aries (0°) before it to the next,
/// under the chart's ayanamsha and positions (PyJHora's "true sidereal year", drik.true_sidereal_year).
/// </summary>
public static class SiderealSolarYear
{
    private const double MeanYearDays = 365.256364;
    private const double ToleranceDegrees = 1e-9;

    /// <summary>The year's length in days.</summary>
    public static async Task<double> DaysAroundAsync(ChartEngine engine, ChartInput birth, CancellationToken cancellationToken = default)
    {
        var (previous, next) = await AriesEntriesAroundAsync(engine, birth, cancellationToken).ConfigureAwait(false);
        return (next - previous).TotalDays;
    }

    /// <summary>The Sun's last entry into sidereal Aries at or before the birth, and the next one (UTC instants).</summary>
    public static async Task<(DateTime Previous, DateTime Next)> AriesEntriesAroundAsync(
        ChartEngine engine, ChartInput birth, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(birth);
        var chart = await engine.ComputeAsync(birth, cancellationToken).ConfigureAwait(false);
        var sun = chart.Grahas.First(g => g.Graha == Graha.Sun).Longitude;
        var previousGuess = birth.UtcInstant.AddDays(-sun / 360 * MeanYearDays);
        var previous = await AriesEntryNearAsync(engine, birth, previousGuess, cancellationToken).ConfigureAwait(false);
        var next = await AriesEntryNearAsync(engine, birth, previous.AddDays(MeanYearDays), cancellationToken).ConfigureAwait(false);
        return (previous, next);
    }

    /// <summary>Newton's method on the Sun's longitude from a guess within days of the entry (the Sun never turns back).</summary>
    private static async Task<DateTime> AriesEntryNearAsync(ChartEngine engine, ChartInput birth, DateTime guess, CancellationToken cancellationToken)
    {
        var instant = guess;
        for (var iteration = 0; iteration < 10; iteration++)
        {
            var chart = await engine.ComputeAsync(birth with { UtcInstant = instant }, cancellationToken).ConfigureAwait(false);
            var sun = chart.Grahas.First(g => g.Graha == Graha.Sun);
            var offset = Arc.Normalize(sun.Longitude + 180) - 180;
            if (Math.Abs(offset) < ToleranceDegrees)
            {
                break;
            }

            instant = instant.AddDays(-offset / sun.Speed);
        }

        return instant;
    }
}
