namespace Jyotishika.Server.Platform.Health;

/// <summary>Readiness checks, shared by <c>GET /readyz</c> and grpc.health.v1 (per service, see <see cref="Dependencies"/>).</summary>
public static class HealthSetup
{
    /// <summary>Long enough for a healthy dependency on a loaded machine, short enough for a probe's own timeout.</summary>
    public static TimeSpan CheckTimeout { get; } = TimeSpan.FromSeconds(2);

    public static IServiceCollection AddReadinessChecks(this IServiceCollection services)
    {
        services.AddGrpcHealthChecks(Dependencies.MapServices)
            .AddCheck<EphemerisHealthCheck>(Dependencies.Ephemeris, timeout: CheckTimeout)
            .AddCheck<PlaceDataHealthCheck>(Dependencies.Places, timeout: CheckTimeout)
            .AddCheck<DatabaseHealthCheck>(Dependencies.Database, timeout: CheckTimeout)
            .AddCheck<RedisHealthCheck>(Dependencies.Redis, timeout: CheckTimeout)
            .AddCheck<DrainingHealthCheck>(Dependencies.Draining);
        return services;
    }
}
