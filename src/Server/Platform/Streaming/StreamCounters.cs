namespace Jyotishika.Server.Platform.Streaming;

/// <summary>Server streams since start-up: open now, refused for the per-caller limit, ended because their reader stopped.</summary>
public sealed class StreamCounters
{
    private long open;
    private long refused;
    private long stalled;

    public long Open => Interlocked.Read(ref open);

    public long RefusedTotal => Interlocked.Read(ref refused);

    public long StalledTotal => Interlocked.Read(ref stalled);

    internal void Opened() => Interlocked.Increment(ref open);

    internal void Closed() => Interlocked.Decrement(ref open);

    internal void Refused() => Interlocked.Increment(ref refused);

    internal void Stalled() => Interlocked.Increment(ref stalled);
}
