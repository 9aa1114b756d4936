namespace Jyotishika.Server.Platform.RateLimiting;

/// <summary>Partitions for ASP.NET Core's partitioned limiters whose windows are shared through Redis.</summary>
public sealed class SharedWindows(RedisWindows redis, TimeProvider time)
{
    public RateLimitPartition<string> Partition(RateLimitPolicy policy, string partition)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return policy.IsOff
            ? RateLimitPartition.GetNoLimiter(string.Empty)
            : RateLimitPartition.Get(policy.Name + " " + partition, _ => new SharedWindowLimiter(policy, partition, redis, time));
    }
}
