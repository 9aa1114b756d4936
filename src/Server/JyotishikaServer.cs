using Google.Protobuf;
using Jyotishika.Engine.FastPath;
using Jyotishika.Engine.Native;
using Jyotishika.Engine.Places;
using Jyotishika.Server.Auth;
using Jyotishika.Server.Configuration;
using Jyotishika.Server.Edge;
using Jyotishika.Server.Metrics;
using Jyotishika.Server.Observability;
using Jyotishika.Server.Operations;
using Jyotishika.Server.RateLimiting;
using Jyotishika.Server.Licensing;
using Jyotishika.Server.Rest;
using Jyotishika.Server.Services;

namespace Jyotishika.Server;

/// <summary>Builds the server: Kestrel ports, services, middleware and endpoints. Tests build it the same way.</summary>
public static class JyotishikaServer
{
    public static WebApplication Build(string[] args)
    {
        // Content root beside the binaries, so appsettings.json is found whatever directory the server starts from.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        var options = ServerOptions.FromConfiguration(builder.Configuration);
        var storage = StorageOptions.FromConfiguration(builder.Configuration);
        var auth = AuthOptions.FromConfiguration(builder.Configuration, builder.Environment.IsProduction());
        RequireStorageForAuthenticatedCalculations(auth, storage);
        ObservabilitySetup.Configure(builder);
        EdgeSetup.Configure(builder, options);
        MetricsSetup.Configure(builder);
        OperationsSetup.Configure(builder);
        RateLimitSetup.Configure(builder, auth);
        builder.Services.AddJyotishika(options).AddJyotishikaStorage(storage).AddJyotishikaAuth(auth).AddJyotishikaProfiles();

        var app = builder.Build();

        // Start the native threads now, so a broken EPHE_PATH stops the server at once instead of at first request.
        try
        {
            app.Services.GetRequiredService<EphemerisPool>();
        }
        catch (InvalidOperationException invalid)
        {
            throw new ConfigurationException($"EPHE_PATH: {invalid.Message}", invalid);
        }

        // Load (or build) the fast path's tables now rather than on the first request.
        app.Services.GetService<FastEphemeris>();

        try
        {
            app.Services.GetRequiredService<PlaceIndex>();
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new ConfigurationException(
                $"PLACES_PATH: cannot read the place data at '{options.PlacesPath}' ({failure.Message}); it ships with the " +
                "server as places/places.tsv.gz", failure);
        }

        ObservabilitySetup.UseFirst(app);
        EdgeSetup.UseBeforeRouting(app);
        app.UseRouting();
        EdgeSetup.UseAfterRouting(app);
        MetricsSetup.UseAfterRouting(app);

        // Before authentication: the OpenID callback is answered inside the authentication middleware.
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        RateLimitSetup.UseAfterAuthorization(app);
        app.UseMiddleware<RestBodyGuardMiddleware>(options.MaxRestBodyBytes, app.Services.GetRequiredService<JsonFormatter>());
        app.UseMiddleware<Jyotishika.Server.GrpcBinding.GrpcFramingGuardMiddleware>();
        MapCalculation(app.MapGrpcService<ChartGrpcService>(), auth);
        MapCalculation(app.MapGrpcService<PlaceGrpcService>(), auth);
        MapCalculation(app.MapGrpcService<DashaGrpcService>(), auth);
        MapCalculation(app.MapGrpcService<PanchangGrpcService>(), auth);
        MapCalculation(app.MapGrpcService<EphemerisGrpcService>(), auth);
        app.MapGrpcService<AuthGrpcService>();
        app.MapGrpcService<ProfileGrpcService>().RequireAuthorization();
        app.MapSignIn(auth);
        app.MapGrpcReflectionService();
        OperationsSetup.Map(app);
        MetricsSetup.Map(app);

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
