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
        ArgumentNullException.ThrowIfNull(responseStream);
        ArgumentNullException.ThrowIfNull(context);
        var query = EphemerisMapping.ToEngine(request);
        await foreach (var positions in engine.StreamPositionsAsync(query, context.CancellationToken).ConfigureAwait(false))
        {
            await responseStream.WriteAsync(EphemerisMapping.ToContract(positions), context.CancellationToken).ConfigureAwait(false);
        }
    }

    public override async Task SearchEvents(
        EventsRequest request, IServerStreamWriter<V1.CelestialEvent> responseStream, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(responseStream);
        ArgumentNullException.ThrowIfNull(context);
        var query = EphemerisMapping.ToEngine(request);
        await foreach (var found in engine.SearchEventsAsync(query, context.CancellationToken).ConfigureAwait(false))
        {
            await responseStream.WriteAsync(EphemerisMapping.ToContract(found), context.CancellationToken).ConfigureAwait(false);
        }
    }
}
