using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Grpc.Net.Client;
using Jyotishika.Server.Tests.Infrastructure;

namespace Jyotishika.Server.Tests.Observability;

/// <summary>
/// The built server (Jyotishika.Server.dll beside the test binaries) in a process of its own, so its standard output is
/// exactly what an operator's log collector receives: every line is kept, standard error apart.
/// </summary>
internal sealed class LoggedServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly Process process;
    private readonly ConcurrentQueue<string> standardOutput = new();
    private readonly ConcurrentQueue<string> standardError = new();

    private LoggedServerProcess(Process process, int httpPort, int grpcPort)
    {
        this.process = process;
        BaseUrl = new Uri($"http://127.0.0.1:{httpPort}");
        Grpc = GrpcChannel.ForAddress($"http://127.0.0.1:{grpcPort}");
    }

    public Uri BaseUrl { get; }

    public GrpcChannel Grpc { get; }

    public IReadOnlyList<string> StandardOutput => [.. standardOutput];

    public IReadOnlyList<string> StandardError => [.. standardError];

    /// <summary>Starts the server with <paramref name="settingsFor"/> (given its own base URL) and waits until /healthz answers.</summary>
    public static async Task<LoggedServerProcess> StartAsync(Func<Uri, IEnumerable<string>> settingsFor)
    {
        ArgumentNullException.ThrowIfNull(settingsFor);
        var folder = AppContext.BaseDirectory;
        var httpPort = FreePort.Next();
        var grpcPort = FreePort.Next();
        var startInfo = new ProcessStartInfo(DotnetHost())
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        string[] arguments =
        [
            Path.Combine(folder, "Jyotishika.Server.dll"), $"--PORT={httpPort}", $"--GRPC_PORT={grpcPort}", "--BIND_ADDRESS=127.0.0.1",
            .. settingsFor(new Uri($"http://127.0.0.1:{httpPort}")).Select(setting => "--" + setting),
        ];
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        var server = new LoggedServerProcess(new Process { StartInfo = startInfo }, httpPort, grpcPort);
        server.process.OutputDataReceived += (_, line) => Keep(server.standardOutput, line.Data);
        server.process.ErrorDataReceived += (_, line) => Keep(server.standardError, line.Data);
        server.process.Start();
        server.process.BeginOutputReadLine();
        server.process.BeginErrorReadLine();
        try
        {
            await server.WaitUntilHealthyAsync().ConfigureAwait(false);
            return server;
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Waits for a line containing <paramref name="text"/>: the console logger writes from a queue of its own, so the
    /// lines for a request may land a moment after its answer.
    /// </summary>
    public async Task WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var elapsed = Stopwatch.StartNew();
        while (!standardOutput.Any(line => line.Contains(text, StringComparison.Ordinal)))
        {
            if (elapsed.Elapsed > timeout)
            {
                throw new TimeoutException($"No output line contained '{text}' within {timeout.TotalSeconds:0.#} s.");
            }

            await Task.Delay(50).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Grpc.Dispose();
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync().ConfigureAwait(false);
        }

        process.Dispose();
    }

    private static void Keep(ConcurrentQueue<string> lines, string? line)
    {
        if (line is not null)
        {
            lines.Enqueue(line);
        }
    }

    /// <summary>The dotnet host running these tests, so the server runs on the same runtime; else dotnet on PATH.</summary>
    private static string DotnetHost() =>
        Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";

    private async Task WaitUntilHealthyAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(2) };
        var elapsed = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException(
                    $"The server exited with status {process.ExitCode} before it was ready:{Environment.NewLine}" +
                    string.Join(Environment.NewLine, [.. standardOutput, .. standardError]));
            }

            try
            {
                using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative)).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception unreachable) when (unreachable is HttpRequestException or TaskCanceledException)
            {
            }

            if (elapsed.Elapsed > StartTimeout)
            {
                throw new TimeoutException($"The server was not healthy after {StartTimeout.TotalSeconds:0} s.");
            }

            await Task.Delay(50).ConfigureAwait(false);
        }
    }
}
