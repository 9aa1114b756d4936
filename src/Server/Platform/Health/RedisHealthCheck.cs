using Jyotishika.Server.Storage.Redis;

namespace Jyotishika.Server.Platform.Health;

/// <summary>Ready when Redis answers PING. Without REDIS_URL there is nothing to wait for: calculations need no Redis.</summary>
public sealed class RedisHealthCheck(RedisStore redis) : StoreHealthCheck("Redis", "REDIS_URL", "Redis answers PING")
{
    protected override bool IsConfigured => redis.IsConfigured;

    // PingAsync takes no token; the wait does, so the registration's timeout ends the probe.
    protected override Task PingAsync(CancellationToken cancellationToken) =>
        redis.RunAsync(database => database.PingAsync()).WaitAsync(cancellationToken);
}
