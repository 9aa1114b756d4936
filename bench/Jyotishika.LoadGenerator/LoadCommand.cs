using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Jyotishika.LoadGenerator;

/// <summary>The command line (ghz's option names where ghz has one: -c, -n, -z, --connections).</summary>
public static class LoadCommand
{
    /// <summary>Exit status when the first call did not return a chart (no load was sent).</summary>
    public const int PreflightFailed = 2;

    /// <summary>Exit status after Ctrl+C or SIGTERM (128 + SIGINT), once the partial report is written.</summary>
    public const int Interrupted = 130;

    /// <summary>
    /// Parses and runs. Ctrl+C and SIGTERM are handled here rather than by System.CommandLine, whose handler ends the
    /// process without waiting for the action: an interrupted run still prints and writes what it measured.
    /// </summary>
    public static Task<int> InvokeAsync(string[] args) =>
        Create().Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null });

    public static RootCommand Create()
    {
        var target = new Option<string>("--target", "-t")
        {
            Description = "grpc (ChartService/ComputeChart) or rest (POST /v1/chart)",
            DefaultValueFactory = _ => "grpc",
        };
        target.AcceptOnlyFromAmong("grpc", "rest");
        var address = new Option<Uri?>("--address", "-a")
        {
            Description = "Server address [default: http://127.0.0.1:8081 for grpc and --http2, http://127.0.0.1:8080 for rest]",
            CustomParser = result =>
                Uri.TryCreate(result.Tokens[0].Value, UriKind.Absolute, out var uri) ? uri : Error<Uri>(result, "an absolute URL"),
        };
        var concurrency = new Option<int>("--concurrency", "-c")
        {
            Description = "Calls in flight (closed loop: one worker per call)",
            DefaultValueFactory = _ => 50,
        };
        var connections = new Option<int?>("--connections")
        {
            Description = "HTTP/2 connections (gRPC, --http2), or the HTTP/1.1 pool size [default: 1 for HTTP/2, concurrency for HTTP/1.1]",
        };
        var duration = new Option<TimeSpan?>("--duration", "-z")
        {
            Description = "Measured time after the warm-up, e.g. 30s, 2m [default: 30s unless --count]",
            CustomParser = result => ParseSpan(result),
        };
        var count = new Option<int?>("--count", "-n") { Description = "Measured calls after the warm-up (instead of --duration)" };
        var warmup = new Option<TimeSpan?>("--warmup", "-w")
        {
            Description = "Load before the measurement, not counted, e.g. 5s, 0 [default: 5s]",
            CustomParser = result => ParseSpan(result),
        };
        var seed = new Option<int>("--seed")
        {
            Description = "Seed of the random birth data",
            DefaultValueFactory = _ => LoadOptions.DefaultSeed,
        };
        var distinct = new Option<int>("--distinct")
        {
            Description = "Distinct requests generated from the seed, sent in turn",
            DefaultValueFactory = _ => 10_000,
        };
        var timeout = new Option<TimeSpan?>("--timeout")
        {
            Description = "A call unanswered this long is cancelled and counted as TIMEOUT [default: 20s]",
            CustomParser = result => ParseSpan(result),
        };
        var token = new Option<string?>("--token") { Description = "API token, sent as 'authorization: Bearer <token>'" };
        var http2 = new Option<bool>("--http2")
        {
            Description = "REST over HTTP/2 with prior knowledge (h2c); the server offers it on GRPC_PORT",
        };
        var batch = new Option<int>("--batch", "-b")
        {
            Description = "gRPC: charts per call; more than 1 calls ComputeCharts with that many requests",
            DefaultValueFactory = _ => 1,
        };
        var json = new Option<FileInfo?>("--json") { Description = "Write the JSON summary to this file" };
        var serverPid = new Option<int?>("--server-pid")
        {
            Description = "Process id of the server on this machine: its CPU per call is reported too (Linux /proc)",
        };

        var root = new RootCommand("Jyotishika load generator: closed-loop load on ComputeChart (gRPC) or POST /v1/chart (REST).")
        {
            target, address, concurrency, connections, duration, count, warmup, seed, distinct, timeout, token, http2, batch, json,
            serverPid,
        };
        root.SetAction(async (parsed, cancellation) =>
        {
            var loadTarget = parsed.GetValue(target) == "rest" ? LoadTarget.Rest : LoadTarget.Grpc;
            var restHttp2 = parsed.GetValue(http2);
            var inFlight = parsed.GetValue(concurrency);
            var calls = parsed.GetValue(count);
            var options = new LoadOptions
            {
                Target = loadTarget,
                RestHttp2 = restHttp2,
                Address = parsed.GetValue(address) ?? LoadOptions.DefaultAddress(loadTarget, restHttp2),
                Concurrency = inFlight,
                Connections = parsed.GetValue(connections) ?? LoadOptions.DefaultConnections(loadTarget, restHttp2, inFlight),
                Count = calls,
                Duration = parsed.GetValue(duration) ?? (calls is null ? TimeSpan.FromSeconds(30) : null),
                Warmup = parsed.GetValue(warmup) ?? LoadOptions.DefaultWarmup,
                Seed = parsed.GetValue(seed),
                DistinctRequests = parsed.GetValue(distinct),
                Timeout = parsed.GetValue(timeout) ?? LoadOptions.DefaultTimeout,
                Token = parsed.GetValue(token),
                ServerProcessId = parsed.GetValue(serverPid),
                Batch = parsed.GetValue(batch),
            };
            return await RunAsync(options, parsed.GetValue(json), parsed.InvocationConfiguration, cancellation).ConfigureAwait(false);
        });
        return root;
    }

    private static async Task<int> RunAsync(
        LoadOptions options, FileInfo? json, InvocationConfiguration console, CancellationToken cancellation)
    {
        if (options.Validate() is { Count: > 0 } problems)
        {
            foreach (var problem in problems)
            {
                await console.Error.WriteLineAsync(problem).ConfigureAwait(false);
            }

            return 1;
        }

        using var interrupt = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        LoadSummary summary;
        try
        {
            summary = await LoadRun.ExecuteAsync(options, console.Error, interrupt.Token).ConfigureAwait(false);
        }
        catch (PreflightException refused)
        {
            await console.Error.WriteLineAsync($"No load sent: the first call failed. {refused.Message}").ConfigureAwait(false);
            return PreflightFailed;
        }
        catch (Exception) when (interrupt.IsCancellationRequested)
        {
            // Interrupted before the load started (during the preflight call).
            return Interrupted;
        }

        await console.Output.WriteLineAsync(ConsoleReport.Format(summary)).ConfigureAwait(false);
        if (json is not null)
        {
            await File.WriteAllTextAsync(json.FullName, summary.ToJson() + "\n", CancellationToken.None).ConfigureAwait(false);
        }

        return summary.Interrupted ? Interrupted : 0;

        void Stop(PosixSignalContext signal)
        {
            signal.Cancel = true;
            interrupt.Cancel();
        }
    }

    /// <summary>"30s", "1500ms", "2m", "0"; a bare number is seconds.</summary>
    private static TimeSpan? ParseSpan(ArgumentResult result)
    {
        var text = result.Tokens[0].Value.Trim();
        var (number, unit) = text.EndsWith("ms", StringComparison.OrdinalIgnoreCase) ? (text[..^2], 0.001)
            : text.EndsWith('s') ? (text[..^1], 1.0)
            : text.EndsWith('m') ? (text[..^1], 60.0)
            : (text, 1.0);
        return double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? TimeSpan.FromSeconds(value * unit)
            : Error<TimeSpan?>(result, "a time such as 30s, 500ms or 2m");
    }

    private static T? Error<T>(ArgumentResult result, string expected)
    {
        result.AddError($"{result.Tokens[0].Value} is not {expected}.");
        return default;
    }
}
