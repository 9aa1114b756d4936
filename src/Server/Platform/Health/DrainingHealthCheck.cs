namespace Jyotishika.Server.Platform.Health;

/// <summary>Unready once SIGTERM has arrived (<see cref="ShutdownDrain"/>), so balancers stop sending before the ports close.</summary>
public sealed class DrainingHealthCheck(ShutdownDrain drain) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(drain.Draining
            ? HealthCheckResult.Unhealthy("draining: SIGTERM received, the server stops shortly")
            : HealthCheckResult.Healthy("not shutting down"));
}
