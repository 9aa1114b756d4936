namespace Jyotishika.Server.Platform.Metrics;

/// <summary>Log lines held back by <see cref="LogFloodGuard"/>, copied when Prometheus scrapes.</summary>
internal sealed class LogMetrics(LogFloodGuard guard) : ScrapedMetrics
{
    protected override Action CreateCollectors(IMetricFactory factory)
    {
        var suppressed = factory.CreateCounter(
            "jyotishika_log_lines_suppressed_total", "Warning-or-worse log lines not written: more than 10 of one kind in a minute.");
        return () => suppressed.IncTo(guard.SuppressedTotal);
    }
}
