namespace Jyotishika.Server.Platform.Health;

/// <summary>Ready when Redis answers PING. Without REDIS_URL there is nothing to wait for: calculations need no Redis.</summary>
public sealed class RedisHealthCheck(RedisStore redis) : StoreHealthCheck("Redis", "REDIS_URL", "Redis answers PING")
{
    protected override bool IsConfigured => redis.IsConfigured;

    protected override Task PingAsync(CancellationToken cancellationToken) => redis.PingAsync(cancellationToken);
}
