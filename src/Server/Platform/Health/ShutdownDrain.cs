namespace Jyotishika.Server.Platform.Health;

/// <summary>
/// SHUTDOWN_DRAIN_SECONDS: after SIGTERM the server goes on serving, with readiness failing, for this long before it
/// stops listening, so a balancer that polls readiness takes it out of rotation while no call can fail yet.
/// </summary>
public sealed class ShutdownDrain(TimeSpan delay)
{
    /// <summary>Default 5 s: two failed checks of a balancer polling every 2 s, with room to spare.</summary>
    public const int DefaultSeconds = 5;

    private int draining;

    public TimeSpan Delay { get; } = delay;

    public bool Draining => Volatile.Read(ref draining) == 1;

    /// <summary>Starts the drain; false when it had already started.</summary>
    public bool Begin() => Interlocked.Exchange(ref draining, 1) == 0;
}
