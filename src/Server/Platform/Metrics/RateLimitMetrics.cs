namespace Jyotishika.Server.Platform.Metrics;

/// <summary>
/// Rate limiting, copied from <see cref="RateLimitCounters"/> when Prometheus scrapes: refusals by policy (a fixed set of
/// names), and requests counted by this instance alone while Redis is configured, when clients may exceed their shared
/// budget.
/// </summary>
internal sealed class RateLimitMetrics(RateLimitCounters counters) : ScrapedMetrics
{
    protected override Action CreateCollectors(IMetricFactory factory)
    {
        var rejections = factory.CreateCounter(
            "jyotishika_rate_limit_rejections_total", "Requests refused with 429 / RESOURCE_EXHAUSTED, by policy.", ["policy"]);
        var local = factory.CreateCounter(
            "jyotishika_rate_limit_local_counts_total", "Requests this instance rate-limited alone because Redis did not answer.");
        return () =>
        {
            CopyByLabel(rejections, counters.RejectedByPolicy);
            local.IncTo(counters.CountedLocallyTotal);
        };
    }
}
