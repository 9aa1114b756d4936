namespace Jyotishika.LoadGenerator;

/// <summary>One load run, as the command line describes it. <see cref="Validate"/> names every bad setting at once.</summary>
public sealed record LoadOptions
{
    /// <summary>Seed of the default request set (the benchmarks' seed, so both measure the same kind of charts).</summary>
    public const int DefaultSeed = 20_240_601;

    public static readonly TimeSpan DefaultWarmup = TimeSpan.FromSeconds(5);

    /// <summary>ghz's default call timeout.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);

    /// <summary>Default: <see cref="LoadTarget.Grpc"/>.</summary>
    public LoadTarget Target { get; init; } = LoadTarget.Grpc;

    /// <summary>Default: <see cref="DefaultAddress"/> for the target and protocol (the server's default ports, loopback).</summary>
    public required Uri Address { get; init; }

    /// <summary>
    /// Calls in flight at any time: one worker per call, each sending its next call when the last one answers. Default 50.
    /// </summary>
    public int Concurrency { get; init; } = 50;

    /// <summary>
    /// gRPC and REST over h2c: HTTP/2 connections, the workers spread round-robin over them. REST over HTTP/1.1: the
    /// connection pool's size (one call per connection at a time). Default: <see cref="DefaultConnections"/>.
    /// </summary>
    public required int Connections { get; init; }

    /// <summary>Measured time after the warm-up; exactly one of this and <see cref="Count"/> is set.</summary>
    public TimeSpan? Duration { get; init; }

    /// <summary>Measured calls after the warm-up; exactly one of this and <see cref="Duration"/> is set.</summary>
    public int? Count { get; init; }

    /// <summary>
    /// Load before the measurement (JIT, connections, the server's pools), excluded from every figure. Default
    /// <see cref="DefaultWarmup"/>.
    /// </summary>
    public TimeSpan Warmup { get; init; } = DefaultWarmup;

    /// <summary>Seed of the random birth data. Default <see cref="DefaultSeed"/>.</summary>
    public int Seed { get; init; } = DefaultSeed;

    /// <summary>Distinct requests generated from the seed and sent in turn. Default 10,000.</summary>
    public int DistinctRequests { get; init; } = 10_000;

    /// <summary>
    /// A call still unanswered after this long is cancelled and counted as <c>TIMEOUT</c>. Default <see cref="DefaultTimeout"/>.
    /// </summary>
    public TimeSpan Timeout { get; init; } = DefaultTimeout;

    /// <summary>An API token, sent as <c>authorization: Bearer …</c> (servers that require a caller for calculations).</summary>
    public string? Token { get; init; }

    /// <summary>The server's process id on this machine: its CPU per call is reported beside this tool's.</summary>
    public int? ServerProcessId { get; init; }

    /// <summary>
    /// gRPC only: charts per call. 1 (the default) calls ComputeChart; more calls ComputeCharts with this many requests
    /// (drawn in turn from the distinct requests), and the report adds charts per second.
    /// </summary>
    public int Batch { get; init; } = 1;

    /// <summary>REST only: HTTP/2 with prior knowledge (h2c) instead of HTTP/1.1; the server offers it on its gRPC port.</summary>
    public bool RestHttp2 { get; init; }

    /// <summary>Default address: REST over HTTP/1.1 on 8080 (<c>PORT</c>), gRPC and h2c REST on 8081 (<c>GRPC_PORT</c>).</summary>
    public static Uri DefaultAddress(LoadTarget target, bool restHttp2) =>
        new(target == LoadTarget.Rest && !restHttp2 ? "http://127.0.0.1:8080" : "http://127.0.0.1:8081");

    /// <summary>
    /// One HTTP/2 connection (ghz's default, and what one client process opens) for gRPC and h2c; for HTTP/1.1 one
    /// connection per call in flight, since fewer would make calls queue inside this tool and count that wait as latency.
    /// </summary>
    public static int DefaultConnections(LoadTarget target, bool restHttp2, int concurrency) =>
        target == LoadTarget.Rest && !restHttp2 ? concurrency : 1;

    /// <summary>The HTTP version on the wire: "2" for gRPC and h2c REST, "1.1" otherwise.</summary>
    public string HttpVersion => Target == LoadTarget.Grpc || RestHttp2 ? "2" : "1.1";

    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (!Address.IsAbsoluteUri || Address.Scheme != Uri.UriSchemeHttp)
        {
            problems.Add($"--address must be an absolute http:// address (cleartext, loopback); got '{Address}'");
        }

        if (Concurrency is < 1 or > 10_000)
        {
            problems.Add($"--concurrency must be 1 … 10000; got {Concurrency}");
        }

        if (Connections < 1 || Connections > Concurrency)
        {
            problems.Add($"--connections must be 1 … concurrency ({Concurrency}); got {Connections}");
        }

        if (Duration is null == Count is null)
        {
            problems.Add("give exactly one of --duration and --count");
        }

        if (Duration is { } duration && duration <= TimeSpan.Zero)
        {
            problems.Add($"--duration must be positive; got {duration}");
        }

        if (Count is < 1)
        {
            problems.Add($"--count must be positive; got {Count}");
        }

        if (Warmup < TimeSpan.Zero)
        {
            problems.Add($"--warmup must not be negative; got {Warmup}");
        }

        if (Timeout <= TimeSpan.Zero)
        {
            problems.Add($"--timeout must be positive; got {Timeout}");
        }

        if (DistinctRequests < 1)
        {
            problems.Add($"--distinct must be positive; got {DistinctRequests}");
        }

        if (Batch is < 1 or > 10_000)
        {
            problems.Add($"--batch must be 1 … 10000 (the server's limit per ComputeCharts call); got {Batch}");
        }

        if (Batch > 1 && Target != LoadTarget.Grpc)
        {
            problems.Add("--batch applies to --target grpc only (the REST body limit holds a few hundred requests)");
        }

        if (RestHttp2 && Target != LoadTarget.Rest)
        {
            problems.Add("--http2 applies to --target rest only (gRPC is always HTTP/2)");
        }

        return problems;
    }
}
