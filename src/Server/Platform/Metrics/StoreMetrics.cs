namespace Jyotishika.Server.Platform.Metrics;

/// <summary>
/// Storage outages seen by requests and probes (<see cref="StoreOutageLog"/>), copied when Prometheus scrapes: how many
/// there have been, and whether each configured store is up now (the readiness probe uses each every few seconds).
/// </summary>
internal sealed class StoreMetrics(StoreOutageLog outages, StorageOptions storage) : ScrapedMetrics
{
    protected override Action CreateCollectors(IMetricFactory factory)
    {
        var counter = factory.CreateCounter(
            "jyotishika_store_outages_total", "Times a storage service (PostgreSQL, Redis) became unavailable to requests.", ["store"]);
        var up = factory.CreateGauge(
            "jyotishika_store_up", "1 while a configured storage service answers, 0 while it is unavailable.", ["store"]);
        string[] configured =
        [
            .. storage.Database is null ? Array.Empty<string>() : [Database.Name],
            .. storage.Redis is null ? Array.Empty<string>() : [RedisStore.Name],
        ];
        return () =>
        {
            CopyByLabel(counter, outages.Outages);
            foreach (var store in configured)
            {
                up.WithLabels(store).Set(outages.IsDown(store) ? 0 : 1);
            }
        };
    }
}
