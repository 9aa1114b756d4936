using Jyotishika.Engine.Places;

namespace Jyotishika.Server.Platform.Health;

/// <summary>
/// The place index is loaded before the server listens (start-up fails otherwise), so this only states that
/// PlaceService has what it needs; it exists so that service has a dependency to report in gRPC health.
/// </summary>
public sealed class PlaceDataHealthCheck(PlaceIndex places) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(places.Count > 0
            ? HealthCheckResult.Healthy($"{places.Count} places loaded")
            : HealthCheckResult.Unhealthy("the place data is empty"));
}
