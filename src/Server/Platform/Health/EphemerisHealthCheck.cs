using Jyotishika.Engine;

namespace Jyotishika.Server.Platform.Health;

/// <summary>Ready when a pool thread can compute a chart from the ephemeris files within a second.</summary>
public sealed class EphemerisHealthCheck(ChartEngine engine) : IHealthCheck
{
    private static readonly ChartInput Probe = new(new DateTime(2000, 1, 1, 12, 0, 0, DateTimeKind.Utc), 0, 0, ChartSettings.Default);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(1));
        try
        {
            await engine.ComputeAsync(Probe, timeout.Token).ConfigureAwait(false);
            return HealthCheckResult.Healthy("ephemeris pool computes charts");
        }
#pragma warning disable CA1031 // A health probe reports every failure as unhealthy rather than throwing.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return HealthCheckResult.Unhealthy("ephemeris pool cannot compute charts", exception);
        }
    }
}
