extern alias ServerApp;

using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using ListeningAddresses = ServerApp::Jyotishika.Server.Platform.Edge.ListeningAddresses;

namespace Jyotishika.Client.Tests.Infrastructure;

/// <summary>
/// The real Jyotishika server, started in-process on real Kestrel in Development: calculations are open and need no
/// database. It binds loopback port 0 and reads back the port it got, so no other program can take it in between. Extra
/// settings are KEY=value pairs as an operator sets them.
/// </summary>
internal sealed class RealServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private RealServer(WebApplication app)
    {
        this.app = app;
        GrpcAddress = app.Services.GetRequiredService<ListeningAddresses>().Grpc;
    }

    /// <summary>The cleartext HTTP/2 gRPC address (GRPC_PORT).</summary>
    public Uri GrpcAddress { get; }

    public static async Task<RealServer> StartAsync(params string[] settings)
    {
        string[] args =
        [
            "--PORT=0",
            "--GRPC_PORT=0",
            "--BIND_ADDRESS=127.0.0.1",
            "--LOG_LEVEL=WARNING",
            "--environment=Development",
            .. settings.Select(setting => "--" + setting),
        ];
        var app = ServerApp::Jyotishika.Server.JyotishikaServer.Build(args);
        await app.StartAsync().ConfigureAwait(false);
        return new RealServer(app);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }
}
