namespace Jyotishika.Server;

/// <summary>
/// Builds the server: the platform (edge, observability, metrics, rate limits, gRPC and REST), storage, and each feature
/// by its AddX/MapX pair. Tests build it the same way.
/// </summary>
public static class JyotishikaServer
{
    public static WebApplication Build(string[] args) => Build(args, exportTraces: null);

    /// <param name="args">The command line: settings as --KEY=value, over the environment's.</param>
    /// <param name="exportTraces">An exporter of the caller's for spans (the tests' in-memory one), beside any OTLP one.</param>
    public static WebApplication Build(string[] args, Action<OpenTelemetry.Trace.TracerProviderBuilder>? exportTraces)
    {
        // Content root beside the binaries, so appsettings.json is found whatever directory the server starts from.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        var options = ServerOptions.FromConfiguration(builder.Configuration);
        var storage = StorageOptions.FromConfiguration(builder.Configuration);
        var auth = AuthOptions.FromConfiguration(builder.Configuration, builder.Environment.IsProduction());
        RequireStorageForAuthenticatedCalculations(auth, storage);
        builder.AddObservability();
        builder.AddTracing(exportTraces);
        builder.AddEdge(options);
        builder.AddMetrics();
        builder.AddOperations();
        builder.AddRateLimits(auth);

        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<HttpStatusWriter>();
        services.AddCalculation(options);
        services.AddStorage(storage, options.ChartCache);
        services.AddGrpcPlatform();
        services.AddReadinessChecks();
        services.AddCharts().AddDashas().AddPanchang().AddPlaces().AddYogas().AddMatching().AddDoshas().AddStrength().AddJaimini().AddVarshaphal().AddProfiles().AddAccounts(auth);

        var app = builder.Build();
        app.LoadCalculationData(options);

        app.UseTrustedForwardedHeaders();
        app.UseObservability();
        app.UseErrorAnswers();
        app.UseEdgeBeforeRouting();
        app.UseWebApp();
        app.UseRouting();
        app.UseEdgeAfterRouting();
        app.UseRequestMetrics();

        // Before authentication: the OpenID callback is answered inside the authentication middleware.
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseCalculationRateLimit();
        app.UseMiddleware<RestBodyGuardMiddleware>(options.MaxRestBodyBytes, app.Services.GetRequiredService<JsonFormatter>());
        app.UseMiddleware<GrpcFramingGuardMiddleware>();
        MapCalculation(app.MapCharts(), auth);
        MapCalculation(app.MapPlaces(), auth);
        MapCalculation(app.MapDashas(), auth);
        MapCalculation(app.MapPanchang(), auth);
        MapCalculation(app.MapEphemeris(), auth);
        MapCalculation(app.MapYogas(), auth);
        MapCalculation(app.MapMatching(), auth);
        MapCalculation(app.MapDoshas(), auth);
        MapCalculation(app.MapStrength(), auth);
        MapCalculation(app.MapJaimini(), auth);
        MapCalculation(app.MapVarshaphal(), auth);
        app.MapAccounts(auth);
        app.MapProfiles();
        app.MapGrpcReflectionService();
        app.MapOperations();
        app.MapMetricsEndpoint();

        AgplNotice.Log(app.Logger, app.Services.GetRequiredService<LicenseInfo>());
        return app;
    }

    /// <summary>Calculations are open in Development and need a signed-in caller in Production (REQUIRE_AUTH_FOR_CALCULATIONS).</summary>
    private static void MapCalculation(GrpcServiceEndpointConventionBuilder service, AuthOptions auth)
    {
        if (auth.RequireUserForCalculations)
        {
            service.RequireAuthorization();
        }
    }

    private static void RequireStorageForAuthenticatedCalculations(AuthOptions auth, StorageOptions storage)
    {
        if (auth.RequireUserForCalculations && (storage.Database is null || storage.Redis is null))
        {
            throw new ConfigurationException(
                "REQUIRE_AUTH_FOR_CALCULATIONS is on (the Production default) but DATABASE_URL or REDIS_URL is not set, so no caller " +
                "could ever sign in. Set both, or REQUIRE_AUTH_FOR_CALCULATIONS=false to serve calculations openly.");
        }
    }
}
