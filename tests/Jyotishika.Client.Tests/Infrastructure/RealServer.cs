extern alias ServerApp;

using Jyotishika.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;

namespace Jyotishika.Client.Tests.Infrastructure;

/// <summary>
/// The real Jyotishika server, started in-process on real Kestrel (loopback, free ports) in Development: calculations are
/// open and need no database. Extra settings are KEY=value pairs as an operator sets them.
/// </summary>
internal sealed class RealServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private RealServer(WebApplication app, int grpcPort)
    {
        this.app = app;
        GrpcAddress = new Uri($"http://127.0.0.1:{grpcPort}");
    }

    /// <summary>The cleartext HTTP/2 gRPC address (GRPC_PORT).</summary>
    public Uri GrpcAddress { get; }

    public static async Task<RealServer> StartAsync(params string[] settings)
    {
        var grpcPort = FreePort.Next();
        string[] args =
        [
            $"--PORT={FreePort.Next()}",
            $"--GRPC_PORT={grpcPort}",
            "--BIND_ADDRESS=127.0.0.1",
            "--LOG_LEVEL=WARNING",
            "--environment=Development",
            .. settings.Select(setting => "--" + setting),
        ];
        var app = ServerApp::Jyotishika.Server.JyotishikaServer.Build(args);
        await app.StartAsync().ConfigureAwait(false);
        return new RealServer(app, grpcPort);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }
}
