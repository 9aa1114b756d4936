namespace Jyotishika.Server.Platform.Metrics;

/// <summary>Server streams, copied from <see cref="StreamCounters"/> when Prometheus scrapes.</summary>
internal sealed class StreamMetrics(StreamCounters counters) : ScrapedMetrics
{
    protected override Action CreateCollectors(IMetricFactory factory)
    {
        var open = factory.CreateGauge("jyotishika_streams_open", "Server streams (gRPC and REST) open now.");
        var refused = factory.CreateCounter(
            "jyotishika_streams_refused_total", "Streams refused because the caller already held MAX_STREAMS_PER_CALLER.");
        var stalled = factory.CreateCounter(
            "jyotishika_streams_stalled_total", "Streams ended because a message found no room for STREAM_WRITE_TIMEOUT_SECONDS.");
        return () =>
        {
            open.Set(counters.Open);
            refused.IncTo(counters.RefusedTotal);
            stalled.IncTo(counters.StalledTotal);
        };
    }
}
