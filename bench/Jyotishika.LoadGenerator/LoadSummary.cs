using System.Text.Json;
using System.Text.Json.Serialization;

namespace Jyotishika.LoadGenerator;

/// <summary>What a run measured; written as JSON by <c>--json</c> and read back by the tests.</summary>
public sealed record LoadSummary
{
    public string Tool { get; init; } = "Jyotishika.LoadGenerator";

    /// <summary>"grpc" or "rest".</summary>
    public required string Target { get; init; }

    /// <summary>The gRPC method or the REST route.</summary>
    public required string Call { get; init; }

    public required string Address { get; init; }

    public required LoadSettings Settings { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public required MachineInfo Machine { get; init; }

    public required CallTotals Totals { get; init; }

    /// <summary>A timed run: the window (<c>--duration</c>). A counted run: from the end of the warm-up to the last answer.</summary>
    public required double ElapsedSeconds { get; init; }

    /// <summary>Measured calls (successful or not) per second.</summary>
    public required double RequestsPerSecond { get; init; }

    /// <summary>Successful calls per second.</summary>
    public required double OkPerSecond { get; init; }

    /// <summary>Charts in successful calls per second: <see cref="OkPerSecond"/> times the batch size.</summary>
    public double ChartsPerSecond { get; init; }

    /// <summary>Latency of the successful measured calls; all zero when none succeeded.</summary>
    public required LatencySummary LatencyMs { get; init; }

    /// <summary>
    /// Failed measured calls by gRPC status name, HTTP status number, "TIMEOUT" or "transport: …", most frequent first.
    /// </summary>
    public required IReadOnlyDictionary<string, long> Errors { get; init; }

    /// <summary>This tool's own cost during the measurement: what it took from a machine it shares with the server.</summary>
    public required GeneratorCost Generator { get; init; }

    /// <summary>The server's cost over the same interval (with <c>--server-pid</c>, same machine only), else null.</summary>
    public ServerCost? Server { get; init; }

    /// <summary>True when the run was stopped early (Ctrl+C); the figures cover what was measured until then.</summary>
    public bool Interrupted { get; init; }

    public string ToJson() => JsonSerializer.Serialize(this, SummaryJsonContext.Default.LoadSummary);

    public static LoadSummary FromJson(string json) =>
        JsonSerializer.Deserialize(json, SummaryJsonContext.Default.LoadSummary) ?? throw new JsonException("The summary is empty.");
}

public sealed record LoadSettings(
    int Concurrency,
    int Connections,
    string HttpVersion,
    double? DurationSeconds,
    int? Count,
    double WarmupSeconds,
    int Seed,
    int DistinctRequests,
    double TimeoutSeconds,
    bool Authorization,
    int Batch = 1);

/// <summary>Where the numbers were taken: they mean little without the machine (the server shares it in loopback runs).</summary>
public sealed record MachineInfo(int ProcessorCount, string Os, string Runtime, string Gc);

/// <param name="Calls">Measured calls: <paramref name="Ok"/> + <paramref name="Errors"/>.</param>
/// <param name="WarmupCalls">Calls answered during the warm-up (not measured).</param>
/// <param name="LateCalls">A timed run: calls in flight at the end of the window, answered after it (not measured).</param>
public sealed record CallTotals(long Calls, long Ok, long Errors, long WarmupCalls, long LateCalls);

/// <param name="CpuSeconds">CPU time of this process (user + system, all threads) from the end of the warm-up to the end
/// of the window (a timed run) or the last answer (a counted run).</param>
/// <param name="Cores">The same divided by the wall-clock time: the average number of cores this tool kept busy.</param>
/// <param name="CpuMicrosecondsPerCall">The same divided by the measured calls.</param>
/// <param name="AllocatedBytesPerCall">Managed memory allocated over the same interval, per measured call.</param>
public sealed record GeneratorCost(double CpuSeconds, double Cores, double CpuMicrosecondsPerCall, long AllocatedBytesPerCall);

/// <param name="CpuSeconds">CPU time of the server process (user + system, 10 ms resolution) over the measurement.</param>
/// <param name="Cores">The same divided by the wall-clock time.</param>
/// <param name="CpuMicrosecondsPerCall">The same divided by the measured calls.</param>
public sealed record ServerCost(double CpuSeconds, double Cores, double CpuMicrosecondsPerCall);

public sealed record LatencySummary(double P50, double P90, double P99, double P999, double Max, double Mean);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true)]
[JsonSerializable(typeof(LoadSummary))]
internal sealed partial class SummaryJsonContext : JsonSerializerContext;
