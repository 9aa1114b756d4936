namespace Jyotishika.Server.Platform.Metrics;

/// <summary>
/// Metrics whose values are counted elsewhere, by code that knows nothing of Prometheus, and copied into collectors when
/// Prometheus scrapes. Each is registered once, in the server's own registry, when /metrics is mapped.
/// </summary>
internal abstract class ScrapedMetrics
{
    public void Register(CollectorRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.AddBeforeCollectCallback(CreateCollectors(Prometheus.Metrics.WithCustomRegistry(registry)));
    }

    /// <summary>Creates the collectors and returns what copies the current values into them.</summary>
    protected abstract Action CreateCollectors(IMetricFactory factory);

    /// <summary>Totals per label value; a value gets its series once it has counted something.</summary>
    protected static void CopyByLabel(Counter counter, IReadOnlyDictionary<string, long> totals)
    {
        foreach (var (label, total) in totals)
        {
            counter.WithLabels(label).IncTo(total);
        }
    }
}
