namespace Jyotishika.LoadGenerator.Endpoints;

/// <summary>Sends the prepared requests of one worker, one call at a time.</summary>
internal abstract class ChartCaller
{
    /// <summary>
    /// Sends request <paramref name="request"/> and reads the whole answer: <see langword="null"/> when it is a chart,
    /// else the error's key (a gRPC status name, an HTTP status number, or a transport failure). Cancellation by
    /// <paramref name="cancellation"/> may surface as any error; the worker knows why it cancelled.
    /// </summary>
    public abstract ValueTask<string?> CallAsync(int request, CancellationToken cancellation);
}
