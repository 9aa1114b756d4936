using Jyotishika.Engine.Ephemeris;
using Jyotishika.V1;

namespace Jyotishika.Server.Features.Ephemeris;

/// <summary>
/// EphemerisService: validate, then write the engine's stream message by message as it is computed. The call's
/// cancellation (client gone, deadline, shutdown) reaches the engine, which stops its work within one chunk.
/// </summary>
public sealed class EphemerisGrpcService(EphemerisEngine engine) : EphemerisService.EphemerisServiceBase
{
    public override async Task StreamPositions(
        PositionsRequest request, IServerStreamWriter<V1.PositionsAtInstant> responseStream, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var positions = engine.StreamPositionsAsync(EphemerisMapping.ToEngine(request), context.CancellationToken);
        await WriteEachAsync(positions, EphemerisMapping.ToContract, responseStream, context.CancellationToken).ConfigureAwait(false);
    }

    public override async Task SearchEvents(
        EventsRequest request, IServerStreamWriter<V1.CelestialEvent> responseStream, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var events = engine.SearchEventsAsync(EphemerisMapping.ToEngine(request), context.CancellationToken);
        await WriteEachAsync(events, EphemerisMapping.ToContract, responseStream, context.CancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes each result as the engine yields it, so the first reaches the caller before the last is computed.</summary>
    private static async Task WriteEachAsync<TResult, TMessage>(
        IAsyncEnumerable<TResult> results, Func<TResult, TMessage> toContract, IServerStreamWriter<TMessage> stream,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        await foreach (var result in results.ConfigureAwait(false))
        {
            await stream.WriteAsync(toContract(result), cancellationToken).ConfigureAwait(false);
        }
    }
}
