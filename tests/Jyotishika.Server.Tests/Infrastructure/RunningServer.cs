using Grpc.Net.Client;
using Jyotishika.Server.Platform.Edge;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.DependencyInjection;

namespace Jyotishika.Server.Tests.Infrastructure;

/// <summary>
/// One Jyotishika server on real Kestrel, loopback, configured by command-line settings. It binds port 0 and reads back
/// which port each listener got, so no other program can take a port between choosing and binding it.
/// </summary>
public sealed class RunningServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private RunningServer(WebApplication app)
    {
        this.app = app;
        var listening = app.Services.GetRequiredService<ListeningAddresses>();
        BaseUrl = listening.Rest;
        GrpcPort = listening.Grpc.Port;
        Rest = new HttpClient { BaseAddress = BaseUrl };
        Grpc = GrpcChannel.ForAddress(listening.Grpc);
    }

    public int HttpPort => BaseUrl.Port;

    public int GrpcPort { get; }

    /// <summary>REST over HTTP/1.1 (PORT).</summary>
    public Uri BaseUrl { get; }

    public HttpClient Rest { get; }

    /// <summary>gRPC over HTTP/2 cleartext (GRPC_PORT).</summary>
    public GrpcChannel Grpc { get; }

    public IServiceProvider Services => app.Services;

    /// <summary>Starts a server; <paramref name="settings"/> are KEY=value pairs as an operator would set them.</summary>
    public static Task<RunningServer> StartAsync(params string[] settings) => StartOnAsync(0, settings);

    /// <summary>As <see cref="StartAsync(string[])"/>, with traces sent to <paramref name="exportTraces"/>'s exporter too.</summary>
    public static Task<RunningServer> StartTracedAsync(
        Action<OpenTelemetry.Trace.TracerProviderBuilder> exportTraces, params string[] settings) => StartOnAsync(0, settings, exportTraces);

    /// <summary>
    /// As <see cref="StartAsync(string[])"/>, for settings that name the server's own address (APP_BASE_URL): that must be
    /// known before the server starts, so its REST port is chosen beforehand, and another is tried if that one is taken.
    /// </summary>
    public static Task<RunningServer> StartAsync(Func<Uri, IEnumerable<string>> settingsFor) =>
        StartAsync(settingsFor, PortRetry.Candidates());

    /// <summary>As <see cref="StartAsync(Func{Uri, IEnumerable{string}})"/>, with the REST ports to try.</summary>
    internal static Task<RunningServer> StartAsync(Func<Uri, IEnumerable<string>> settingsFor, IEnumerable<int> httpPorts)
    {
        ArgumentNullException.ThrowIfNull(settingsFor);
        return PortRetry.StartAsync(port => StartOnAsync(port, settingsFor(new Uri($"http://127.0.0.1:{port}"))), httpPorts);
    }

    public async ValueTask DisposeAsync()
    {
        Rest.Dispose();
        Grpc.Dispose();
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Starts with the REST port <paramref name="httpPort"/> (0: the system chooses) and gRPC on port 0.</summary>
    private static async Task<RunningServer> StartOnAsync(
        int httpPort, IEnumerable<string> settings, Action<OpenTelemetry.Trace.TracerProviderBuilder>? exportTraces = null)
    {
        string[] args =
        [
            $"--PORT={httpPort}",
            "--GRPC_PORT=0",
            "--BIND_ADDRESS=127.0.0.1",
            "--LOG_LEVEL=WARNING",
            .. settings.Select(setting => "--" + setting),
        ];
        var app = JyotishikaServer.Build(args, exportTraces);
        try
        {
            await app.StartAsync().ConfigureAwait(false);
            return new RunningServer(app);
        }
        catch (Exception failure)
        {
            await app.DisposeAsync().ConfigureAwait(false);

            // Kestrel wraps the transport's AddressInUseException in an IOException naming the address.
            if (httpPort != 0 && failure is IOException { InnerException: AddressInUseException })
            {
                throw new PortTakenException(httpPort, failure);
            }

            throw;
        }
    }
}
