using Grpc.Net.Client;
using Jyotishika.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;

namespace Jyotishika.Server.Tests;

/// <summary>One Jyotishika server on real Kestrel, loopback, free ports, configured by command-line settings.</summary>
public sealed class RunningServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private RunningServer(WebApplication app, int httpPort, int grpcPort)
    {
        this.app = app;
        HttpPort = httpPort;
        GrpcPort = grpcPort;
        Rest = new HttpClient { BaseAddress = BaseUrl };
        Grpc = GrpcChannel.ForAddress($"http://127.0.0.1:{grpcPort}");
    }

    public int HttpPort { get; }

    public int GrpcPort { get; }

    public Uri BaseUrl => new($"http://127.0.0.1:{HttpPort}");

    public HttpClient Rest { get; }

    public GrpcChannel Grpc { get; }

    public IServiceProvider Services => app.Services;

    /// <summary>Starts a server; <paramref name="settings"/> are KEY=value pairs as an operator would set them.</summary>
    public static Task<RunningServer> StartAsync(params string[] settings) => StartAsync(_ => settings);

    /// <summary>As <see cref="StartAsync(string[])"/>, for settings that name the server's own address (APP_BASE_URL).</summary>
    public static async Task<RunningServer> StartAsync(Func<Uri, IEnumerable<string>> settingsFor)
    {
        ArgumentNullException.ThrowIfNull(settingsFor);
        var httpPort = FreePort.Next();
        var grpcPort = FreePort.Next();
        string[] args =
        [
            $"--PORT={httpPort}",
            $"--GRPC_PORT={grpcPort}",
            "--BIND_ADDRESS=127.0.0.1",
            "--LOG_LEVEL=WARNING",
            .. settingsFor(new Uri($"http://127.0.0.1:{httpPort}")).Select(setting => "--" + setting),
        ];
        var app = JyotishikaServer.Build(args);
        await app.StartAsync().ConfigureAwait(false);
        return new RunningServer(app, httpPort, grpcPort);
    }

    public async ValueTask DisposeAsync()
    {
        Rest.Dispose();
        Grpc.Dispose();
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }
}
