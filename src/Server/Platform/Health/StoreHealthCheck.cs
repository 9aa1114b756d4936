namespace Jyotishika.Server.Platform.Health;

/// <summary>
/// Readiness of a store the server can run without: an unconfigured store is healthy, as calculations need none, and a
/// configured one is healthy when it answers a trivial request.
/// </summary>
public abstract class StoreHealthCheck(string store, string urlVariable, string answered) : IHealthCheck
{
    protected abstract bool IsConfigured { get; }

    /// <summary>Why the store cannot serve yet even if it answers, or null when nothing stands in the way.</summary>
    protected virtual string? NotReadyReason => null;

    protected abstract Task PingAsync(CancellationToken cancellationToken);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!IsConfigured)
        {
            return HealthCheckResult.Healthy($"not configured ({urlVariable} is not set)");
        }

        if (NotReadyReason is { } reason)
        {
            return HealthCheckResult.Unhealthy($"{store}: {reason}");
        }

        try
        {
            await PingAsync(cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy(answered);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The registration's timeout: the health-check service reports it as a timeout.
            throw;
        }
#pragma warning disable CA1031 // A probe reports every failure as unhealthy; the text stays ours, never the exception's.
        catch (Exception failure)
#pragma warning restore CA1031
        {
            return HealthCheckResult.Unhealthy($"{store} is not reachable", failure);
        }
    }
}
