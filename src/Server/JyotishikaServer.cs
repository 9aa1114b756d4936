using System.Net;
using Google.Protobuf;
using Jyotishika.Engine.Native;
using Jyotishika.Engine.Places;
using Jyotishika.Server.Configuration;
using Jyotishika.Server.Licensing;
using Jyotishika.Server.Rest;
using Jyotishika.Server.Services;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Jyotishika.Server;

/// <summary>Builds the server: Kestrel ports, services, middleware and endpoints. Tests build it the same way.</summary>
public static class JyotishikaServer
{
    public static WebApplication Build(string[] args)
    {
        // Content root beside the binaries, so appsettings.json is found whatever directory the server starts from.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        var options = ServerOptions.FromConfiguration(builder.Configuration);
        ConfigureLogging(builder);
        builder.WebHost.ConfigureKestrel(kestrel => ConfigureKestrel(kestrel, options));
        builder.Services.AddJyotishika(options);

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
        app.UseRouting();
        app.UseMiddleware<RestBodyGuardMiddleware>(options.MaxRestBodyBytes, app.Services.GetRequiredService<JsonFormatter>());
        app.MapGrpcService<ChartGrpcService>();
        app.MapGrpcService<PlaceGrpcService>();
        app.MapGrpcService<DashaGrpcService>();
        app.MapGrpcService<PanchangGrpcService>();
        app.MapGrpcReflectionService();
        app.MapGrpcHealthChecksService();
        app.MapGet("/healthz", () => Results.Json(new { status = "ok" }));
        app.MapGet("/license", (LicenseInfo license) => Results.Json(license));

        AgplNotice.Log(app.Logger, app.Services.GetRequiredService<LicenseInfo>());
        return app;
    }

    private static void ConfigureKestrel(KestrelServerOptions kestrel, ServerOptions options)
    {
        var address = IPAddress.Parse(options.BindAddress);
        kestrel.Listen(address, options.HttpPort, listen => listen.Protocols = HttpProtocols.Http1);
        kestrel.Listen(address, options.GrpcPort, listen => listen.Protocols = HttpProtocols.Http2);
        kestrel.AddServerHeader = false;
    }

    /// <summary>LOG_LEVEL takes the older system's names (DEBUG, INFO, WARNING, ERROR) as well as .NET's.</summary>
    private static void ConfigureLogging(WebApplicationBuilder builder)
    {
        var level = builder.Configuration["LOG_LEVEL"]?.Trim().ToUpperInvariant() switch
        {
            null or "" => (LogLevel?)null,
            "TRACE" => LogLevel.Trace,
            "DEBUG" => LogLevel.Debug,
            "INFO" or "INFORMATION" => LogLevel.Information,
            "WARN" or "WARNING" => LogLevel.Warning,
            "ERROR" => LogLevel.Error,
            "CRITICAL" or "FATAL" => LogLevel.Critical,
            var other => throw new ConfigurationException(
                $"Configuration LOG_LEVEL='{other}' must be one of DEBUG, INFO, WARNING, ERROR, CRITICAL."),
        };
        if (level is { } minimum)
        {
            builder.Logging.SetMinimumLevel(minimum);
        }
    }
}
