using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Jyotishika.Server.Platform.Operations;

/// <summary>Health (liveness, readiness), shutdown, license and the OpenAPI document.</summary>
public static class OperationsSetup
{
    /// <summary>SHUTDOWN_TIMEOUT_SECONDS: how long calls in flight may run on after SIGTERM. Default 30 s, as Kubernetes waits.</summary>
    public const int DefaultShutdownTimeoutSeconds = 30;

    public static void AddOperations(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var shutdownTimeout = TimeSpan.FromSeconds(ConfigurationReader.Integer(
            builder.Configuration, "SHUTDOWN_TIMEOUT_SECONDS", DefaultShutdownTimeoutSeconds, 0, 3600));

        // On SIGTERM readiness fails first (SHUTDOWN_DRAIN_SECONDS, DrainingLifetime); then the host stops Kestrel (listeners close, HTTP/2 connections get GOAWAY), waits up to this long
        // for calls in flight, then disposes the services: the ephemeris pool's threads run swe_close as they end.
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = shutdownTimeout);
        builder.Services.AddSingleton(new ShutdownDrain(TimeSpan.FromSeconds(ConfigurationReader.Integer(
            builder.Configuration, "SHUTDOWN_DRAIN_SECONDS", ShutdownDrain.DefaultSeconds, 0, 300))));
        builder.Services.AddSingleton<IHostLifetime, DrainingLifetime>();
        OpenApiDocument.Configure(builder.Services);
    }

    public static void MapOperations(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // Probes are never rate limited nor signed in: an orchestrator asking too often must not take the server out.
        app.MapGrpcHealthChecksService().DisableRateLimiting();
        app.MapGet("/healthz", () => Results.Json(new { status = "ok" })).DisableRateLimiting();
        app.MapHealthChecks("/readyz", new HealthCheckOptions { ResponseWriter = ReadinessReport.WriteAsync }).DisableRateLimiting();
        app.MapGet("/license", (LicenseInfo license) => Results.Json(license));
        OpenApiDocument.Map(app);
    }
}
