using Jyotishika.Engine.Native;

namespace Jyotishika.Server.Platform.Metrics;

/// <summary>The ephemeris pool's load, read when Prometheus scrapes: a queue that stays above zero wants more threads.</summary>
internal static class EphemerisPoolMetrics
{
    public static void Register(CollectorRegistry registry, EphemerisPool pool)
    {
        var factory = Prometheus.Metrics.WithCustomRegistry(registry);
        var threads = factory.CreateGauge("jyotishika_ephemeris_threads", "Native ephemeris threads in the pool.");
        var busy = factory.CreateGauge("jyotishika_ephemeris_busy_threads", "Ephemeris threads running a job.");
        var queued = factory.CreateGauge("jyotishika_ephemeris_queue_depth", "Ephemeris jobs waiting for a thread.");
        registry.AddBeforeCollectCallback(() =>
        {
            threads.Set(pool.ThreadCount);
            busy.Set(pool.BusyThreads);
            queued.Set(pool.QueueDepth);
        });
    }
}
