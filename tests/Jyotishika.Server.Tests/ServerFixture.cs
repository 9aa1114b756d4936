using System.Net;
using System.Net.Sockets;
using Grpc.Net.Client;
using Jyotishika.Server;
using Microsoft.AspNetCore.Builder;

namespace Jyotishika.Server.Tests;

/// <summary>
/// The real server on real Kestrel, bound to loopback on free ports: REST over HTTP/1.1, gRPC over HTTP/2 cleartext,
/// exactly as a deployment runs it. One instance serves the whole test assembly.
/// </summary>
[SetUpFixture]
public sealed class ServerFixture
{
    private static WebApplication? app;

    public static HttpClient Rest { get; private set; } = null!;

    public static GrpcChannel Grpc { get; private set; } = null!;

    public static IServiceProvider Services => app?.Services ?? throw new InvalidOperationException("Server not started");

    public static int HttpPort { get; private set; }

    public static int GrpcPort { get; private set; }

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        HttpPort = FreePort();
        GrpcPort = FreePort();
        app = JyotishikaServer.Build(
        [
            $"--PORT={HttpPort}",
            $"--GRPC_PORT={GrpcPort}",
            "--BIND_ADDRESS=127.0.0.1",
            "--LOG_LEVEL=WARNING",
        ]);
        await app.StartAsync().ConfigureAwait(false);
        Rest = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{HttpPort}") };
        Grpc = GrpcChannel.ForAddress($"http://127.0.0.1:{GrpcPort}");
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        Rest.Dispose();
        Grpc.Dispose();
        if (app is not null)
        {
            await app.StopAsync().ConfigureAwait(false);
            await app.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
