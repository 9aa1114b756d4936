namespace Jyotishika.Server.Platform.RateLimiting;

/// <summary>
/// A fixed window counted in this process: the per-instance limit, used when Redis is not configured or cannot answer
/// in time. The window starts at its first request, so an idle partition holds no state worth keeping.
/// </summary>
internal sealed class LocalWindow(RateLimitPolicy policy, TimeProvider time)
{
    private readonly Lock gate = new();
    private long started = time.GetTimestamp();
    private int taken;

    /// <summary>How long every permit has been free (null while some are taken), as RateLimiter.IdleDuration asks.</summary>
    public TimeSpan? IdleDuration
    {
        get
        {
            lock (gate)
            {
                var elapsed = time.GetElapsedTime(started);
                return taken == 0 ? elapsed : elapsed >= policy.Window ? elapsed - policy.Window : null;
            }
        }
    }

    public WindowDecision Take(int permits)
    {
        lock (gate)
        {
            var elapsed = time.GetElapsedTime(started);
            if (elapsed >= policy.Window)
            {
                started = time.GetTimestamp();
                taken = 0;
                elapsed = TimeSpan.Zero;
            }

            if (taken + permits <= policy.PermitLimit)
            {
                taken += permits;
                return WindowDecision.Allow;
            }

            return WindowDecision.Refuse(policy.Window - elapsed);
        }
    }
}
