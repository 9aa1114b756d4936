using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Jyotishika.Server.Platform.Edge;

/// <summary>
/// The addresses the two listeners are bound to, known once the server has started. With PORT=0 or GRPC_PORT=0 the
/// operating system chooses the port, and only the listeners themselves can say which one speaks HTTP/1.1 (REST) and
/// which HTTP/2 cleartext (gRPC): the server's address list names both alike.
/// </summary>
public sealed partial class ListeningAddresses
{
    private ListenOptions? rest;
    private ListenOptions? grpc;

    /// <summary>REST over HTTP/1.1 (PORT), e.g. <c>http://127.0.0.1:8080/</c>.</summary>
    public Uri Rest => Bound(rest, "PORT");

    /// <summary>gRPC over HTTP/2 cleartext (GRPC_PORT), e.g. <c>http://127.0.0.1:8081/</c>.</summary>
    public Uri Grpc => Bound(grpc, "GRPC_PORT");

    /// <summary>Adds both listeners to Kestrel and keeps them: Kestrel writes the bound endpoint back into each.</summary>
    internal void Listen(KestrelServerOptions kestrel, IPAddress address, int httpPort, int grpcPort)
    {
        kestrel.Listen(address, httpPort, listen =>
        {
            listen.Protocols = HttpProtocols.Http1;
            rest = listen;
        });
        kestrel.Listen(address, grpcPort, listen =>
        {
            listen.Protocols = HttpProtocols.Http2;
            grpc = listen;
        });
    }

    /// <summary>
    /// One line naming both addresses, for whoever started the server with port 0 (tests, the load script) and for
    /// operators. Information is its level, but when LOG_LEVEL hides Information (the tests and the load script run
    /// with WARNING) it is written at Warning instead: a server that does not say where it listens cannot be reached,
    /// and PostgreSQL's own "listening on" line shows up to that threshold for the same reason. Standard output outside
    /// the logger was the other choice, but it would break the one-JSON-object-per-line format log collectors parse.
    /// </summary>
    internal void Log(ILogger logger)
    {
        var level = logger.IsEnabled(LogLevel.Information) ? LogLevel.Information : LogLevel.Warning;
        LogListening(logger, level, Rest.GetLeftPart(UriPartial.Authority), Grpc.GetLeftPart(UriPartial.Authority));
    }

    private static Uri Bound(ListenOptions? listener, string setting) =>
        listener?.IPEndPoint is { Port: > 0 } bound
            ? new Uri($"http://{bound}")
            : throw new InvalidOperationException($"The {setting} listener is not bound yet: its port is known once the server starts.");

    [LoggerMessage(EventName = "Listening", Message = "Listening: REST on {RestAddress}, gRPC on {GrpcAddress}")]
    private static partial void LogListening(ILogger logger, LogLevel level, string restAddress, string grpcAddress);
}
