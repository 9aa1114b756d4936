using Jyotishika.Server.Storage;

namespace Jyotishika.Server.Platform.Metrics;

/// <summary>Storage outages seen by requests (<see cref="StoreOutageLog"/>), copied when Prometheus scrapes.</summary>
internal static class StoreMetrics
{
    public static void Register(CollectorRegistry registry, StoreOutageLog outages)
    {
        var counter = Prometheus.Metrics.WithCustomRegistry(registry).CreateCounter(
            "jyotishika_store_outages_total", "Times a storage service (PostgreSQL, Redis) became unavailable to requests.", "store");
        registry.AddBeforeCollectCallback(() =>
        {
            foreach (var (store, count) in outages.Outages)
            {
                counter.WithLabels(store).IncTo(count);
            }
        });
    }
}
