using System.Diagnostics;
using HdrHistogram;

namespace Jyotishika.LoadGenerator;

/// <summary>
/// What every worker shares: the phase boundaries (Stopwatch timestamps), the tickets of a counted run, the latency
/// histogram of successful calls, and the stop flag.
/// </summary>
internal sealed class RunPlan
{
    /// <summary>Latencies are recorded in microseconds, from 1 µs to 60 s, to 3 significant digits (0.1 %).</summary>
    public const long HighestLatencyMicroseconds = 60_000_000;

    private readonly long? count;
    private long ticketsTaken;
    private volatile bool stopping;

    public RunPlan(LoadOptions options, int requestCount, long start)
    {
        count = options.Count;
        RequestCount = requestCount;
        Timeout = options.Timeout;
        MeasureStart = start + Ticks(options.Warmup);
        MeasureEnd = options.Duration is { } duration ? MeasureStart + Ticks(duration) : long.MaxValue;
    }

    public int RequestCount { get; }

    public TimeSpan Timeout { get; }

    /// <summary>The end of the warm-up: the first timestamp that counts.</summary>
    public long MeasureStart { get; }

    /// <summary>The end of a timed run (no call starts at or after it); <see cref="long.MaxValue"/> for a counted run.</summary>
    public long MeasureEnd { get; }

    public bool IsCounted => count is not null;

    public LongConcurrentHistogram Latencies { get; } = new(1, HighestLatencyMicroseconds, 3);

    /// <summary>Set when the run is interrupted (Ctrl+C); answers still arriving are not counted.</summary>
    public bool Stopping => stopping;

    public void Stop() => stopping = true;

    /// <summary>A counted run: whether one more measured call may start.</summary>
    public bool TryTakeTicket() => Interlocked.Increment(ref ticketsTaken) <= count;

    public static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);
}
