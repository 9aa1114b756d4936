using System.Net;
using Jyotishika.Server.Configuration;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Jyotishika.Server.Edge;

/// <summary>What faces the network: Kestrel listeners and limits, production configuration checks, CORS, headers, compression.</summary>
public static class EdgeSetup
{
    public static void Configure(WebApplicationBuilder builder, ServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        builder.WebHost.ConfigureKestrel(kestrel => ConfigureKestrel(kestrel, options));
    }

    /// <summary>Before routing: response headers and compression apply to every answer.</summary>
    public static void UseBeforeRouting(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
    }

    /// <summary>After routing, before authentication: CORS (preflights are answered here).</summary>
    public static void UseAfterRouting(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
    }

    private static void ConfigureKestrel(KestrelServerOptions kestrel, ServerOptions options)
    {
        var address = IPAddress.Parse(options.BindAddress);
        kestrel.Listen(address, options.HttpPort, listen => listen.Protocols = HttpProtocols.Http1);
        kestrel.Listen(address, options.GrpcPort, listen => listen.Protocols = HttpProtocols.Http2);
        kestrel.AddServerHeader = false;
    }
}
