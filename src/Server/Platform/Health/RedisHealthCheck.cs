using Jyotishika.Server.Storage.Redis;

namespace Jyotishika.Server.Platform.Health;

/// <summary>Ready when Redis answers PING. Without REDIS_URL there is nothing to wait for: calculations need no Redis.</summary>
public sealed class RedisHealthCheck(RedisStore redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!redis.IsConfigured)
        {
            return HealthCheckResult.Healthy("not configured (REDIS_URL is not set)");
        }

        try
        {
            // PingAsync takes no token; the wait does, so the registration's timeout ends the probe.
            await redis.RunAsync(database => database.PingAsync()).WaitAsync(cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy("Redis answers PING");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // A probe reports every failure as unhealthy; the text stays ours, never the exception's.
        catch (Exception failure)
#pragma warning restore CA1031
        {
            return HealthCheckResult.Unhealthy("Redis is not reachable", failure);
        }
    }
}
