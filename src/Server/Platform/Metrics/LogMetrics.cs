using Jyotishika.Server.Platform.Observability;

namespace Jyotishika.Server.Platform.Metrics;

/// <summary>Log lines held back by <see cref="LogFloodGuard"/>, copied when Prometheus scrapes.</summary>
internal static class LogMetrics
{
    public static void Register(CollectorRegistry registry, LogFloodGuard guard)
    {
        var suppressed = Prometheus.Metrics.WithCustomRegistry(registry).CreateCounter(
            "jyotishika_log_lines_suppressed_total", "Warning-or-worse log lines not written: more than 10 of one kind in a minute.");
        registry.AddBeforeCollectCallback(() => suppressed.IncTo(guard.SuppressedTotal));
    }
}
