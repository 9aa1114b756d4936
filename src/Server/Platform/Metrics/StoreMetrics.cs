namespace Jyotishika.Server.Platform.Metrics;

/// <summary>Storage outages seen by requests (<see cref="StoreOutageLog"/>), copied when Prometheus scrapes.</summary>
internal sealed class StoreMetrics(StoreOutageLog outages) : ScrapedMetrics
{
    protected override Action CreateCollectors(IMetricFactory factory)
    {
        var counter = factory.CreateCounter(
            "jyotishika_store_outages_total", "Times a storage service (PostgreSQL, Redis) became unavailable to requests.", ["store"]);
        return () => CopyByLabel(counter, outages.Outages);
    }
}
