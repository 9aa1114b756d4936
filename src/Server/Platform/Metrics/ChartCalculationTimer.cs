using System.Collections.Frozen;
using System.Reflection;
using Google.Protobuf.Reflection;
using Jyotishika.Engine;
using Jyotishika.Server.Platform.Requests;
using Prometheus;

namespace Jyotishika.Server.Platform.Metrics;

/// <summary>
/// jyotishika_chart_calculation_seconds: how long the engine took for each chart the cache did not answer (waiting for
/// an ephemeris thread included), by house system and ayanamsha. Both labels are enums, named as the API names them
/// (WHOLE_SIGN, LAHIRI), so the label sets stay bounded.
/// </summary>
public sealed class ChartCalculationTimer
{
    private static readonly FrozenDictionary<HouseSystem, string> HouseSystemNames = Enum.GetValues<HouseSystem>()
        .ToFrozenDictionary(system => system, system => ApiName(SettingsMapping.ToContract(system), "HOUSE_SYSTEM_"));

    private static readonly FrozenDictionary<Ayanamsha, string> AyanamshaNames = Enum.GetValues<Ayanamsha>()
        .ToFrozenDictionary(ayanamsha => ayanamsha, ayanamsha => ApiName(SettingsMapping.ToContract(ayanamsha), "AYANAMSHA_"));

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

    private static string ApiName<TEnum>(TEnum value, string prefix)
        where TEnum : struct, Enum
    {
        var name = typeof(TEnum).GetField(value.ToString())?.GetCustomAttribute<OriginalNameAttribute>()?.Name ?? value.ToString();
        return name.StartsWith(prefix, StringComparison.Ordinal) ? name[prefix.Length..] : name;
    }
}
