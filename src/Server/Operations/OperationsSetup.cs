using Jyotishika.Server.Licensing;

namespace Jyotishika.Server.Operations;

/// <summary>Health (liveness, readiness), shutdown, license and the OpenAPI document.</summary>
public static class OperationsSetup
{
    public static void Configure(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
    }

    public static void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGrpcHealthChecksService();
        app.MapGet("/healthz", () => Results.Json(new { status = "ok" }));
        app.MapGet("/license", (LicenseInfo license) => Results.Json(license));
    }
}
