using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Grpc.Net.Client;

namespace Jyotishika.Server.Tests.Infrastructure;

/// <summary>
/// The built server (Jyotishika.Server.dll beside the test binaries, with its runtimeconfig) as its own OS process under
/// the dotnet host, which loads the runtime into that process: signals (SIGTERM, SIGKILL) reach the server itself, and
/// its standard output is exactly what an operator's log collector receives. It binds port 0 and says in its output
/// which ports it got (<see cref="ListeningLine"/>). Disposal kills it if it still runs, whatever the test did.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    // Kestrel's words when the port is taken ("Failed to bind to address http://127.0.0.1:…: address already in use.").
    private const string PortTakenText = "address already in use";

    private readonly ChildProcess process;

    private ServerProcess(ChildProcess process, Uri rest, Uri grpc)
    {
        this.process = process;
        HttpPort = rest.Port;
        GrpcPort = grpc.Port;
        BaseUrl = rest;
        Rest = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(5) };
        Grpc = GrpcChannel.ForAddress(grpc);
    }

    public int HttpPort { get; }

    public int GrpcPort { get; }

    public Uri BaseUrl { get; }

    public HttpClient Rest { get; }

    public GrpcChannel Grpc { get; }

    public bool HasExited => process.HasExited;

    public int ExitCode => process.ExitCode;

    public string LastOutput => process.LastOutput;

    public IReadOnlyList<string> StandardOutput => process.StandardOutput;

    public IReadOnlyList<string> StandardError => process.StandardError;

    /// <summary>Starts the server with <paramref name="settings"/> (KEY=value) and waits until /healthz answers.</summary>
    public static Task<ServerProcess> StartAsync(params string[] settings) => StartOnAsync(0, settings);

    /// <summary>
    /// As <see cref="StartAsync(string[])"/>, for settings that name the server's own base URL: that must be known before
    /// the server starts, so its REST port is chosen beforehand, and another is tried if that one is taken.
    /// </summary>
    public static Task<ServerProcess> StartAsync(Func<Uri, IEnumerable<string>> settingsFor) =>
        StartAsync(settingsFor, PortRetry.Candidates());

    /// <summary>As <see cref="StartAsync(Func{Uri, IEnumerable{string}})"/>, with the REST ports to try.</summary>
    internal static Task<ServerProcess> StartAsync(Func<Uri, IEnumerable<string>> settingsFor, IEnumerable<int> httpPorts)
    {
        ArgumentNullException.ThrowIfNull(settingsFor);
        return PortRetry.StartAsync(port => StartOnAsync(port, settingsFor(new Uri($"http://127.0.0.1:{port}"))), httpPorts);
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

    /// <summary>SIGKILL (Process.Kill on Linux), then waits until the kernel has reaped the process and closed its sockets.</summary>
    public Task KillAsync() => process.KillAsync();

    public Task WaitForExitAsync(TimeSpan timeout) => process.WaitForExitAsync(timeout);

    /// <summary>
    /// Waits for a standard output line containing <paramref name="text"/>: the console logger writes from a queue of
    /// its own, so the lines for a request may land a moment after its answer.
    /// </summary>
    public async Task WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var elapsed = Stopwatch.StartNew();
        while (!StandardOutput.Any(line => line.Contains(text, StringComparison.Ordinal)))
        {
            if (elapsed.Elapsed > timeout)
            {
                throw new TimeoutException($"No output line contained '{text}' within {timeout.TotalSeconds:0.#} s.");
            }

            await Task.Delay(50).ConfigureAwait(false);
        }
    }

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
        catch (SocketException reset) when (reset.SocketErrorCode == SocketError.ConnectionReset)
        {
            // The listener closed while this connection sat in its backlog: not refused yet, so the caller asks again.
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Rest.Dispose();
        Grpc.Dispose();
        await DisposeAsync(process).ConfigureAwait(false);
    }

    /// <summary>The dotnet host running these tests, so the server runs on the same runtime; else dotnet on PATH.</summary>
    private static string DotnetHost() =>
        Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";

    /// <summary>
    /// Starts the server with its REST port <paramref name="httpPort"/> (0: the system chooses) and gRPC on port 0, reads
    /// the bound addresses from its output, then waits until /healthz answers on the REST one.
    /// </summary>
    private static async Task<ServerProcess> StartOnAsync(int httpPort, IEnumerable<string> settings)
    {
        var folder = AppContext.BaseDirectory;
        var server = Path.Combine(folder, "Jyotishika.Server.dll");
        if (!File.Exists(server) || !File.Exists(Path.Combine(folder, "Jyotishika.Server.runtimeconfig.json")))
        {
            throw new InvalidOperationException($"The built server (Jyotishika.Server.dll with its runtimeconfig) is not in {folder}.");
        }

        var child = ChildProcess.Start(
            DotnetHost(),
            [server, $"--PORT={httpPort}", "--GRPC_PORT=0", "--BIND_ADDRESS=127.0.0.1", .. settings.Select(s => "--" + s)],
            folder);
        ServerProcess? started = null;
        try
        {
            await child.WaitUntilReadyAsync(() => Task.FromResult(ListeningLine.Find(child.StandardOutput) is not null), StartTimeout)
                .ConfigureAwait(false);
            var (rest, grpc) = ListeningLine.Find(child.StandardOutput)!.Value;
            started = new ServerProcess(child, rest, grpc);
            await child.WaitUntilReadyAsync(started.IsLiveAsync, StartTimeout).ConfigureAwait(false);
            return started;
        }
        catch (Exception failure)
        {
            var portTaken = httpPort != 0 && failure is InvalidOperationException && child.HasExited && child.HasWritten(PortTakenText);
            await (started?.DisposeAsync() ?? DisposeAsync(child)).ConfigureAwait(false);
            if (portTaken)
            {
                throw new PortTakenException(httpPort, failure);
            }

            throw;
        }
    }

    private static async ValueTask DisposeAsync(ChildProcess child)
    {
        if (!child.HasExited)
        {
            await child.KillAsync().ConfigureAwait(false);
        }

        child.Dispose();
    }

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
