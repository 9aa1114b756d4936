using System.Net;
using Google.Rpc;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Jyotishika.Server.Platform.Edge;

/// <summary>What faces the network: Kestrel listeners and limits, production configuration checks, CORS, headers, compression.</summary>
public static class EdgeSetup
{
    public static void AddEdge(this WebApplicationBuilder builder, ServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);

        // Read exactly as the server reads it for sign-in, so CORS and the cookie's cross-site guard trust the same origins.
        var production = builder.Environment.IsProduction();
        var auth = AuthOptions.FromConfiguration(builder.Configuration, production);
        if (production)
        {
            ProductionRequirements.Enforce(builder.Configuration, auth);
        }

        var edge = EdgeOptions.FromConfiguration(builder.Configuration, auth);
        var services = builder.Services;
        services.AddSingleton(edge);
        var developmentDefaults = production
            ? null
            : ProductionRequirements.Find(builder.Configuration, auth).Select(shortfall => shortfall.DevelopmentDefault).ToList();
        services.AddSingleton(new EdgeStartup(production, developmentDefaults));
        var listening = new ListeningAddresses();
        services.AddSingleton(listening);

        builder.WebHost.ConfigureKestrel(kestrel => ConfigureKestrel(kestrel, options, listening));
        services.AddCors(cors => BrowserCors.Configure(cors, edge));
        services.AddResponseCompression(compression =>
        {
            // A chart is ~5 KB of repetitive JSON; either codec at its default (fastest) level shrinks it 2.5-3x.
            compression.Providers.Add<BrotliCompressionProvider>();
            compression.Providers.Add<GzipCompressionProvider>();
            // The browser app's page, styles and modules too (they hold no secret, so BREACH does not apply).
            compression.MimeTypes = ["application/json", "text/html", "text/css", "text/javascript"];

            // Only the token-creation answer holds a secret, and it is never compressed (EdgeRequests.MayCompress).
            compression.EnableForHttps = true;
        });
        services.AddRequestTimeouts(timeouts => timeouts.DefaultPolicy = new RequestTimeoutPolicy
        {
            Timeout = edge.RequestTimeout,
            TimeoutStatusCode = StatusCodes.Status504GatewayTimeout,
            WriteTimeoutResponse = WriteTimeoutAsync,
        });

        // Instances behind one balancer must unprotect each other's sign-in cookies (the OpenID nonce): the same
        // application name makes their purposes match, and the key ring is shared in Redis (Storage's RedisKeyRing).
        // A ring kept in a shared store is encrypted at rest under SECRET_KEY; the default per-machine ring is not.
        services.AddDataProtection().SetApplicationName("jyotishika");
        services.PostConfigure<KeyManagementOptions>(keys =>
        {
            if (keys.XmlRepository is not null)
            {
                keys.XmlEncryptor = new SecretKeyXmlEncryptor(edge.SecretKey);
            }
        });
    }

    /// <summary>Before routing: response headers and compression apply to every answer.</summary>
    public static void UseEdgeBeforeRouting(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var startup = app.Services.GetRequiredService<EdgeStartup>();
        if (startup.DevelopmentDefaults is { } defaults)
        {
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(EdgeSetup).FullName!);
            var environment = app.Environment.EnvironmentName;
            app.Lifetime.ApplicationStarted.Register(() => DevelopmentDefaultsNotice.Log(logger, environment, defaults));
        }

        var listening = app.Services.GetRequiredService<ListeningAddresses>();
        var listeningLogger = app.Services.GetRequiredService<ILogger<ListeningAddresses>>();
        app.Lifetime.ApplicationStarted.Register(() => listening.Log(listeningLogger));

        app.UseMiddleware<SecurityHeadersMiddleware>(startup.Production);
        app.UseWhen(EdgeRequests.MayCompress, compressed => compressed.UseResponseCompression());
    }

    /// <summary>After routing, before authentication: CORS (preflights are answered here, never challenged), REST timeouts.</summary>
    public static void UseEdgeAfterRouting(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseCors();
        app.UseWhen(EdgeRequests.HasRequestTimeout, timed => timed.UseRequestTimeouts());
    }

    private static void ConfigureKestrel(KestrelServerOptions kestrel, ServerOptions options, ListeningAddresses listening)
    {
        listening.Listen(kestrel, IPAddress.Parse(options.BindAddress), options.HttpPort, options.GrpcPort);
        kestrel.AddServerHeader = false;
        KestrelLimits.Apply(kestrel.Limits, options.MaxRestBodyBytes);
    }

    /// <summary>
    /// The google.rpc.Status body every REST error has. Written without a cancellation token: RequestAborted is the
    /// timeout's own (already cancelled) token while this runs.
    /// </summary>
    private static Task WriteTimeoutAsync(HttpContext context)
    {
        var formatter = context.RequestServices.GetRequiredService<JsonFormatter>();
        var status = new Google.Rpc.Status
        {
            Code = (int)Code.DeadlineExceeded,
            Message = "The request took longer than the server allows (REQUEST_TIMEOUT_SECONDS)",
        };
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(formatter.Format(status), CancellationToken.None);
    }

    /// <summary>What Configure decided that the pipeline needs once the app is built.</summary>
    private sealed record EdgeStartup(bool Production, IReadOnlyList<string>? DevelopmentDefaults);
}
