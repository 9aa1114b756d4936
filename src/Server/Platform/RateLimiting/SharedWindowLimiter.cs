namespace Jyotishika.Server.Platform.RateLimiting;

/// <summary>
/// One partition's fixed window (one client IP, one user): counted in Redis when it answers in time, in this process
/// otherwise.
/// </summary>
/// <remarks>
/// Redis cannot answer synchronously, so <see cref="System.Threading.RateLimiting.RateLimiter.AttemptAcquire"/> never decides: it returns an
/// unacquired lease without counting, and ASP.NET Core's middleware (like a chained limiter) then asks
/// <see cref="System.Threading.RateLimiting.RateLimiter.AcquireAsync"/>. Because the attempt counts nothing, a chain never takes a permit twice
/// from a window that allowed the attempt before a later one deferred it.
/// </remarks>
internal sealed class SharedWindowLimiter(RateLimitPolicy policy, string partition, RedisWindows redis, TimeProvider time) : RateLimiter
{
    private readonly LocalWindow local = new(policy, time);

    public override TimeSpan? IdleDuration => local.IdleDuration;

    public override RateLimiterStatistics? GetStatistics() => null;

    protected override RateLimitLease AttemptAcquireCore(int permitCount) => WindowLease.Deferred;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, policy.PermitLimit);
        var decision = await redis.TryTakeAsync(policy, partition, permitCount, cancellationToken).ConfigureAwait(false)
            ?? local.Take(permitCount);
        return decision.Allowed ? WindowLease.Acquired : WindowLease.Refused(policy, decision.RetryAfter);
    }
}
