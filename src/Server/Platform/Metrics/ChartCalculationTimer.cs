using Jyotishika.Engine;

namespace Jyotishika.Server.Platform.Metrics;

/// <summary>
/// jyotishika_chart_calculation_seconds: how long the engine took for each chart the cache did not answer (waiting for
/// an ephemeris thread included), by house system and ayanamsha. Both labels are enums, named as the API names them
/// (WHOLE_SIGN, LAHIRI), so the label sets stay bounded.
/// </summary>
public sealed class ChartCalculationTimer
{
    private static readonly FrozenDictionary<HouseSystem, string> HouseSystemNames =
        ApiNames<HouseSystem, Jyotishika.V1.HouseSystem>(SettingsMapping.ToContract);

    private static readonly FrozenDictionary<Ayanamsha, string> AyanamshaNames =
        ApiNames<Ayanamsha, Jyotishika.V1.Ayanamsha>(SettingsMapping.ToContract);

    private readonly Histogram histogram;
    private readonly TimeProvider time;

    public ChartCalculationTimer(CollectorRegistry registry, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(registry);
        histogram = Prometheus.Metrics.WithCustomRegistry(registry).CreateHistogram(
            "jyotishika_chart_calculation_seconds",
            "Engine time for a chart the cache did not answer, queueing for an ephemeris thread included.",
            ["house_system", "ayanamsha"],
            new HistogramConfiguration { Buckets = [.. RequestMetrics.LatencyBuckets] });
        this.time = time;
    }

    /// <summary>Runs <paramref name="calculation"/>, recording its duration if it succeeds (a refused input is no calculation).</summary>
    public async Task<T> TimeAsync<T>(ChartSettings settings, Func<Task<T>> calculation)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(calculation);
        var started = time.GetTimestamp();
        var result = await calculation().ConfigureAwait(false);
        var houseSystem = HouseSystemNames.GetValueOrDefault(settings.HouseSystem, "UNKNOWN");
        var ayanamsha = AyanamshaNames.GetValueOrDefault(settings.Ayanamsha, "UNKNOWN");
        histogram.WithLabels(houseSystem, ayanamsha).Observe(time.GetElapsedTime(started).TotalSeconds);
        return result;
    }

    /// <summary>Each engine value's label: the JSON name of the contract value it maps to.</summary>
    private static FrozenDictionary<TEngine, string> ApiNames<TEngine, TContract>(Func<TEngine, TContract> toContract)
        where TEngine : struct, Enum
        where TContract : struct, Enum
    {
        var names = EnumNames.For(typeof(TContract))
            ?? throw new InvalidOperationException($"{typeof(TContract)} is not an enum of the contract.");
        return Enum.GetValues<TEngine>().ToFrozenDictionary(value => value, value =>
        {
            // Generated contract enums are int-backed, so the boxed value unboxes to its number.
            var number = (int)(object)toContract(value);
            return names.Name(number) ?? number.ToString(CultureInfo.InvariantCulture);
        });
    }
}
