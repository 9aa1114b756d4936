using Jyotishika.V1;

namespace Jyotishika.LoadGenerator.Endpoints;

/// <summary>
/// One edge of the server with everything a call needs prepared before the run (channels or connection pools, the
/// request bodies already serialized), so that a call costs this process only what the protocol itself needs.
/// </summary>
internal abstract class ChartEndpoint : IAsyncDisposable
{
    /// <summary>What is called, for the report: the gRPC method or the REST route.</summary>
    public abstract string Call { get; }

    public static ChartEndpoint Create(LoadOptions options, IReadOnlyList<ChartRequest> requests) =>
        options.Target == LoadTarget.Grpc ? new GrpcChartEndpoint(options, requests) : new RestChartEndpoint(options, requests);

    /// <summary>
    /// One call with the typed request whose answer is parsed as a <see cref="ChartResponse"/>: a wrong port, protocol,
    /// missing token or contract mismatch stops the tool here with the server's reason, instead of a run of errors.
    /// </summary>
    /// <exception cref="PreflightException">The server did not answer with a chart.</exception>
    public abstract Task PreflightAsync(ChartRequest request, CancellationToken cancellation);

    /// <summary>The caller for one worker; workers are spread round-robin over the connections.</summary>
    public abstract ChartCaller CreateCaller(int worker);

    public abstract ValueTask DisposeAsync();

    private protected static void EnsureChart(ChartResponse response, string source)
    {
        if (response.Planets.Count < 9 || response.Ascendant is null || response.Metadata is null)
        {
            throw new PreflightException($"{source} answered something that is not a full chart ({response.Planets.Count} planets).");
        }
    }
}
