using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Grpc.Net.Client;
using Jyotishika.Server.Tests.Infrastructure;

namespace Jyotishika.Server.Tests.Operations;

/// <summary>
/// The built server (Jyotishika.Server.dll beside the test binaries) as its own OS process under the dotnet host, so
/// signals reach the server itself: what an orchestrator's SIGTERM does can only be seen from outside the process.
/// Disposal kills it if it still runs, whatever the test did.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly ChildProcess process;

    private ServerProcess(ChildProcess process, int httpPort, int grpcPort)
    {
        this.process = process;
        HttpPort = httpPort;
        GrpcPort = grpcPort;
        Rest = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{httpPort}"), Timeout = TimeSpan.FromSeconds(5) };
        Grpc = GrpcChannel.ForAddress($"http://127.0.0.1:{grpcPort}");
    }

    public int HttpPort { get; }

    public int GrpcPort { get; }

    public HttpClient Rest { get; }

    public GrpcChannel Grpc { get; }

    public bool HasExited => process.HasExited;

    public int ExitCode => process.ExitCode;

    public string LastOutput => process.LastOutput;

    /// <summary>Starts the server with <paramref name="settings"/> (KEY=value) and waits until /healthz answers.</summary>
    public static async Task<ServerProcess> StartAsync(params string[] settings)
    {
        var folder = AppContext.BaseDirectory;
        var server = Path.Combine(folder, "Jyotishika.Server.dll");
        if (!File.Exists(server) || !File.Exists(Path.Combine(folder, "Jyotishika.Server.runtimeconfig.json")))
        {
            throw new InvalidOperationException($"The built server (Jyotishika.Server.dll with its runtimeconfig) is not in {folder}.");
        }

        var httpPort = FreePort.Next();
        var grpcPort = FreePort.Next();
        var child = ChildProcess.Start(
            DotnetHost(),
            [server, $"--PORT={httpPort}", $"--GRPC_PORT={grpcPort}", "--BIND_ADDRESS=127.0.0.1", .. settings.Select(s => "--" + s)],
            folder);
        var started = new ServerProcess(child, httpPort, grpcPort);
        try
        {
            await child.WaitUntilReadyAsync(started.IsLiveAsync, StartTimeout).ConfigureAwait(false);
            return started;
        }
        catch
        {
            await started.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>SIGTERM, as <c>docker stop</c> and Kubernetes send it.</summary>
    public async Task TerminateAsync()
    {
        using var kill = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync().ConfigureAwait(false);
        if (kill.ExitCode != 0)
        {
            throw new InvalidOperationException($"kill -TERM {process.Id} exited with status {kill.ExitCode}.");
        }
    }

    public Task WaitForExitAsync(TimeSpan timeout) => process.WaitForExitAsync(timeout);

    /// <summary>True when a TCP connection to <paramref name="port"/> is refused: nothing listens there any more.</summary>
    public static async Task<bool> RefusesConnectionsAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port).ConfigureAwait(false);
            return false;
        }
        catch (SocketException refused) when (refused.SocketErrorCode == SocketError.ConnectionRefused)
        {
            return true;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Rest.Dispose();
        Grpc.Dispose();
        if (!process.HasExited)
        {
            await process.KillAsync().ConfigureAwait(false);
        }

        process.Dispose();
    }

    /// <summary>The dotnet host running these tests, so the server runs on the same runtime; else dotnet on PATH.</summary>
    private static string DotnetHost() =>
        Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";

    private async Task<bool> IsLiveAsync()
    {
        try
        {
            using var response = await Rest.GetAsync(new Uri("/healthz", UriKind.Relative)).ConfigureAwait(false);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (Exception unreachable) when (unreachable is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }
}
