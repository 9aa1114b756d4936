using Microsoft.AspNetCore.HttpOverrides;

namespace Jyotishika.Server.Platform.Edge;

/// <summary>
/// The client's address and scheme as the trusted proxies saw them (ASP.NET Core's forwarded-headers middleware), applied
/// first, so per-IP limits, logs and everything after see the real client. Only TRUSTED_PROXIES are believed: the
/// middleware's own default (loopback) is cleared, and with no proxies configured it is not used at all.
/// </summary>
public static class ForwardedHeadersSetup
{
    /// <summary>The middleware's options for <paramref name="proxies"/>, or null when there are none.</summary>
    public static ForwardedHeadersOptions? Options(IReadOnlyList<System.Net.IPNetwork> proxies)
    {
        ArgumentNullException.ThrowIfNull(proxies);
        if (proxies.Count == 0)
        {
            return null;
        }

        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
            // Walk back through every trusted hop (balancer, then ingress …); the walk stops at the first address that is
            // not a trusted proxy, which is the client, so entries a client wrote into the header itself are never reached.
            ForwardLimit = null,
        };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in proxies)
        {
            options.KnownIPNetworks.Add(proxy);
        }

        return options;
    }

    public static void UseTrustedForwardedHeaders(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (Options(Configuration.TrustedProxies.FromConfiguration(app.Configuration)) is { } options)
        {
            app.UseForwardedHeaders(options);
        }
    }
}
