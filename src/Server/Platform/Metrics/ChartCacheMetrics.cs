namespace Jyotishika.Server.Platform.Metrics;

/// <summary>
/// jyotishika_chart_cache_lookups_total{result="hit"|"miss"}, copied from <see cref="ChartCacheCounters"/> when Prometheus
/// scrapes. The hit ratio is rate(…{result="hit"}) / rate(…); both series exist from start-up, so the ratio has no gaps.
/// </summary>
internal sealed class ChartCacheMetrics(ChartCacheCounters counters) : ScrapedMetrics
{
    protected override Action CreateCollectors(IMetricFactory factory)
    {
        var lookups = factory.CreateCounter(
            "jyotishika_chart_cache_lookups_total", "Chart cache lookups by result; a lookup Redis could not answer is a miss.", ["result"]);
        var hits = lookups.WithLabels("hit");
        var misses = lookups.WithLabels("miss");
        return () =>
        {
            hits.IncTo(counters.Hits);
            misses.IncTo(counters.Misses);
        };
    }
}
