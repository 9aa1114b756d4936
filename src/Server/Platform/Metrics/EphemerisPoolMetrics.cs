using Jyotishika.Engine.Native;

namespace Jyotishika.Server.Platform.Metrics;

/// <summary>The ephemeris pool's load, read when Prometheus scrapes: a queue that stays above zero wants more threads.</summary>
internal sealed class EphemerisPoolMetrics(EphemerisPool pool) : ScrapedMetrics
{
    protected override Action CreateCollectors(IMetricFactory factory)
    {
        var threads = factory.CreateGauge("jyotishika_ephemeris_threads", "Native ephemeris threads in the pool.");
        var busy = factory.CreateGauge("jyotishika_ephemeris_busy_threads", "Ephemeris threads running a job.");
        var queued = factory.CreateGauge("jyotishika_ephemeris_queue_depth", "Ephemeris jobs waiting for a thread.");
        return () =>
        {
            threads.Set(pool.ThreadCount);
            busy.Set(pool.BusyThreads);
            queued.Set(pool.QueueDepth);
        };
    }
}
