namespace Jyotishika.Server.Platform.Observability;

/// <summary>
/// Decides which Warning-and-above lines are written, so that no caller can flood the log with one kind of line (a
/// store outage per request, an HTTP/2 abuse warning per connection, the same unexpected failure per call): each kind,
/// a category and event id, writes at most <see cref="LinesPerWindow"/> lines per <see cref="Window"/>, and the rest are
/// counted, reported in one line when the kind next speaks, and exported as a metric.
/// </summary>
public sealed class LogFloodGuard(TimeProvider time)
{
    public const int LinesPerWindow = 10;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<(string Category, int EventId), Kind> kinds = new();
    private long suppressedTotal;

    /// <summary>Lines not written since start-up.</summary>
    public long SuppressedTotal => Interlocked.Read(ref suppressedTotal);

    /// <summary>
    /// Whether a line of this kind may be written now, and how many of its kind were suppressed in windows since the last
    /// report (the caller reports them first; zero when none).
    /// </summary>
    public bool Admit(string category, int eventId, out long suppressedBefore)
    {
        var kind = kinds.GetOrAdd((category, eventId), static _ => new Kind());
        var now = time.GetTimestamp();
        lock (kind)
        {
            suppressedBefore = 0;
            if (kind.Written == 0 || time.GetElapsedTime(kind.WindowStart, now) >= Window)
            {
                suppressedBefore = kind.Suppressed;
                kind.WindowStart = now;
                kind.Written = 0;
                kind.Suppressed = 0;
            }

            if (kind.Written < LinesPerWindow)
            {
                kind.Written++;
                return true;
            }

            kind.Suppressed++;
        }

        Interlocked.Increment(ref suppressedTotal);
        return false;
    }

    private sealed class Kind
    {
        public long WindowStart;
        public int Written;
        public long Suppressed;
    }
}
