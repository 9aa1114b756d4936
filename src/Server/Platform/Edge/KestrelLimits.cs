using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Jyotishika.Server.Platform.Edge;

/// <summary>
/// Kestrel's limits, each chosen for what this server receives: small JSON bodies, a cookie or bearer token, gRPC
/// messages up to 1 MiB. Values equal to Kestrel's defaults are written out anyway, so the whole budget reads here.
/// </summary>
internal static class KestrelLimits
{
    /// <summary>The largest request body Kestrel reads: see <see cref="Apply"/>.</summary>
    internal const int MaxRequestBodyBytes = 16 * 1024 * 1024;

    public static void Apply(KestrelServerLimits limits, int maxRestBodyBytes)
    {
        // No route reads a large body: the REST guard refuses one past MAX_REST_BODY_BYTES (64 KiB) with a 400 naming
        // the body, and gRPC refuses a message past its MaxReceiveMessageSize (1 MiB) with RESOURCE_EXHAUSTED. Both
        // answer without reading the rest, which Kestrel then drains so that an HTTP/1.1 client still uploading its
        // body (browsers never wait for 100-continue) reads the answer instead of a reset connection. This limit bounds that
        // drain, and closes the connection on anything larger; it also must not fall below one gRPC message, because
        // unary gRPC calls are held to it. Kestrel's own default is 30 MB.
        limits.MaxRequestBodySize = Math.Max(MaxRequestBodyBytes, maxRestBodyBytes);

        // A session cookie, a bearer token and a browser's usual headers fit many times over in 32 KiB (the default)
        // and 8 KiB per request line (the default; GET query strings here are short).
        limits.MaxRequestHeadersTotalSize = 32 * 1024;
        limits.MaxRequestLineSize = 8 * 1024;

        // Browsers send about 20 headers; 100 (the default) leaves room for proxies' forwarding headers.
        limits.MaxRequestHeaderCount = 100;

        // A client that has not finished its headers in 10 s (default 30 s) is slow-lorising, not slow.
        limits.RequestHeadersTimeout = TimeSpan.FromSeconds(10);

        // 130 s (the default) outlasts the 60 s idle timeout of common load balancers, so the balancer, never the
        // server, closes an idle connection, and no request is sent down a connection the server just closed.
        limits.KeepAliveTimeout = TimeSpan.FromSeconds(130);

        // A body trickling below 240 bytes/s after a 5 s grace (the defaults) holds a connection for nothing.
        limits.MinRequestBodyDataRate = new MinDataRate(bytesPerSecond: 240, gracePeriod: TimeSpan.FromSeconds(5));
        limits.MinResponseDataRate = new MinDataRate(bytesPerSecond: 240, gracePeriod: TimeSpan.FromSeconds(5));

        // What one response may have written and not yet sent before its writes wait (64 KiB, the default): with the
        // stream write timeout (STREAM_WRITE_TIMEOUT_SECONDS) it bounds what a client that stops reading holds here.
        limits.MaxResponseBufferSize = 64 * 1024;

        // No connection cap: the rate limiter and the ephemeris queue bound the work, and a cap would refuse health
        // checks first.
        limits.MaxConcurrentConnections = null;

        // HTTP/2 (the gRPC port): 100 concurrent streams per connection (the default) bounds what one client can queue
        // on the ephemeris pool without a new connection; the HPACK table (4 KiB), frame size (16 KiB) and header field
        // size (16 KiB) stay at the protocol defaults every client expects.
        var http2 = limits.Http2;
        http2.MaxStreamsPerConnection = 100;
        http2.HeaderTableSize = 4096;
        http2.MaxFrameSize = 16 * 1024;
        http2.MaxRequestHeaderFieldSize = 16 * 1024;

        // Flow-control windows stay at 1 MiB per connection and 768 KiB per stream (the defaults): messages here are
        // far smaller, and larger windows would only let one client park more of its data in server memory.
        http2.InitialConnectionWindowSize = 1024 * 1024;
        http2.InitialStreamWindowSize = 768 * 1024;

        // Ping an idle HTTP/2 connection after 60 s and drop it if the ping goes unanswered for 20 s: catches clients
        // that vanished without closing (a NAT dropped the mapping), which would otherwise hold their streams forever.
        http2.KeepAlivePingDelay = TimeSpan.FromSeconds(60);
        http2.KeepAlivePingTimeout = TimeSpan.FromSeconds(20);
    }
}
