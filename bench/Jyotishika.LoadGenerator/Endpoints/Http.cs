namespace Jyotishika.LoadGenerator.Endpoints;

/// <summary>The one HTTP handler configuration every connection of this tool uses.</summary>
internal static class Http
{
    public static SocketsHttpHandler Handler(bool multipleHttp2Connections, int maxConnections) => new()
    {
        EnableMultipleHttp2Connections = multipleHttp2Connections,
        MaxConnectionsPerServer = maxConnections,

        // Connections live for the whole run: a reconnect would be measured as latency.
        PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,

        // Loopback, no cookies, no redirects, no decompression (no Accept-Encoding is sent: answers come uncompressed,
        // which is the cheapest for both sides and what a client on the same network would ask for).
        UseProxy = false,
        UseCookies = false,
        AllowAutoRedirect = false,
        AutomaticDecompression = System.Net.DecompressionMethods.None,
        ConnectTimeout = TimeSpan.FromSeconds(5),
    };
}
