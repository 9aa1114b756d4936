using System.Runtime.CompilerServices;
using Jyotishika.Engine.Ephemeris.Eclipses;
using Jyotishika.Engine.FastPath;
using Jyotishika.Engine.Native;

namespace Jyotishika.Engine.Ephemeris;

/// <summary>
/// Positions over a range of time and the events bodies pass through, streamed as they are computed: the work is cut
/// into chunks, each one synchronous job, and the next chunk is computed while the caller consumes the current one.
/// Cancelling (or abandoning the enumeration) stops the work within one chunk's body evaluation.
/// </summary>
public sealed class EphemerisEngine
{
    /// <summary>
    /// Positions per job: small enough that a cancelled stream stops within ~0.03 s of native work, and that what a
    /// stream holds while its client is slow (this chunk and the one computed ahead, ~0.3 MB for nine bodies) stays small.
    /// </summary>
    private const int EvaluationsPerChunk = 4_096;

    private readonly IBodyStateProvider native;
    private readonly IBodyStateProvider? fast;
    private readonly EphemerisPool? eclipsePool;

    public EphemerisEngine(EphemerisPool pool)
        : this(new NativeBodyStateProvider(pool), fast: null, pool)
    {
    }

    /// <summary>Answers from <paramref name="fastPath"/> where it can (within its contract), natively otherwise.</summary>
    public EphemerisEngine(EphemerisPool pool, FastEphemeris? fastPath)
        : this(new NativeBodyStateProvider(pool), fastPath, pool)
    {
    }

    private EphemerisEngine(NativeBodyStateProvider native, FastEphemeris? fastPath, EphemerisPool pool)
        : this(native, fastPath is null ? null : new FastBodyStateProvider(fastPath, native), pool)
    {
    }

    /// <param name="native">The reference states, answering <see cref="CalculationPath.Native"/> queries.</param>
    /// <param name="fast">States for <see cref="CalculationPath.Auto"/> queries; without it those are native too.</param>
    /// <param name="eclipsePool">Where the library's eclipse search runs; without it eclipse kinds find nothing.</param>
    internal EphemerisEngine(IBodyStateProvider native, IBodyStateProvider? fast = null, EphemerisPool? eclipsePool = null)
    {
        this.native = native;
        this.fast = fast;
        this.eclipsePool = eclipsePool;
    }

    /// <summary>
    /// One <see cref="PositionsAtInstant"/> per instant of the query, in time order. Throws
    /// <see cref="InvalidInputException"/> at once (not on first enumeration) for a query it cannot serve.
    /// </summary>
    public IAsyncEnumerable<PositionsAtInstant> StreamPositionsAsync(PositionsQuery query, CancellationToken cancellationToken = default) =>
        StreamPositionsAsync(EphemerisQueryValidator.Validated(query), cancellationToken);

    /// <summary>The positions of a query its caller has validated already (the checks are not repeated).</summary>
    public IAsyncEnumerable<PositionsAtInstant> StreamPositionsAsync(
        Validated<PositionsQuery> query, CancellationToken cancellationToken = default) =>
        StreamPositionsCoreAsync(query.Value, cancellationToken);

    /// <summary>
    /// The query's events in time order. Throws <see cref="InvalidInputException"/> at once for a query it cannot serve.
    /// </summary>
    public IAsyncEnumerable<CelestialEvent> SearchEventsAsync(EventsQuery query, CancellationToken cancellationToken = default) =>
        SearchEventsAsync(EphemerisQueryValidator.Validated(query), cancellationToken);

    /// <summary>The events of a query its caller has validated already (the checks are not repeated).</summary>
    public IAsyncEnumerable<CelestialEvent> SearchEventsAsync(
        Validated<EventsQuery> query, CancellationToken cancellationToken = default) =>
        SearchEventsCoreAsync(query.Value, cancellationToken);

    private async IAsyncEnumerable<PositionsAtInstant> StreamPositionsCoreAsync(
        PositionsQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var provider = ProviderFor(query.Path);
        var bodies = EphemerisQueryValidator.Bodies(query.Bodies);
        var instants = EphemerisQueryValidator.InstantCount(query);
        var perChunk = Math.Clamp(EvaluationsPerChunk / bodies.Length, 64, 1024);
        var chunks = (int)((instants + perChunk - 1) / perChunk);
        var stepTicks = instants > 1 ? query.StepSeconds * TimeSpan.TicksPerSecond : 0;

        await foreach (var chunk in OneAheadAsync(
            chunks,
            (index, token) => RunAsync(provider, query.Settings, InputPart.End, states =>
            {
                var first = (long)index * perChunk;
                var count = (int)Math.Min(perChunk, instants - first);
                return PositionsBatch.Compute(states, query.Start, stepTicks, first, count, bodies, token);
            }, token),
            cancellationToken).ConfigureAwait(false))
        {
            foreach (var positions in chunk)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return positions;
            }
        }
    }

    private async IAsyncEnumerable<CelestialEvent> SearchEventsCoreAsync(
        EventsQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var provider = ProviderFor(query.Path);
        var (origin, end) = await RunAsync(
                provider, query.Settings, InputPart.Start, states => (states.JulianDayUt(query.Start), states.JulianDayUt(query.End)),
                cancellationToken)
            .ConfigureAwait(false);
        var search = new EventSearch(query, origin, end);
        var eclipses = new EclipseEvents(
            query, query.Kinds.Count == 0 ? Enum.GetValues<EventKind>() : query.Kinds, EphemerisQueryValidator.Bodies(query.Bodies),
            origin, end);

        await foreach (var chunk in OneAheadAsync(
            search.ChunkCount, (index, token) => EventChunkAsync(provider, query.Settings, search, eclipses, index, token),
            cancellationToken).ConfigureAwait(false))
        {
            foreach (var celestialEvent in chunk)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return celestialEvent;
            }
        }
    }

    /// <summary>
    /// One chunk's events: the scan on the query's provider and, when asked for, the chunk's eclipses from the pool (chunks
    /// run one after another, as <see cref="EclipseEvents"/> needs), side by side and merged in time order.
    /// </summary>
    private async Task<List<CelestialEvent>> EventChunkAsync(
        IBodyStateProvider provider, ChartSettings frame, EventSearch search, EclipseEvents eclipses, int index,
        CancellationToken cancellationToken)
    {
        var scan = RunAsync(provider, frame, InputPart.End, states => search.Search(states, index, cancellationToken), cancellationToken);
        if (!eclipses.Any || eclipsePool is null)
        {
            return await scan.ConfigureAwait(false);
        }

        var end = search.ChunkEnd(index);
        var eclipseJob = eclipsePool.RunAsync(
            session => SupportedRange.Guard(InputPart.End, () => eclipses.Take(session, end, cancellationToken)),
            cancellationToken);
        await Task.WhenAll(scan, eclipseJob).ConfigureAwait(false);
        var merged = scan.Result;
        merged.AddRange(eclipseJob.Result);
        merged.Sort(EventSearch.InTimeOrder);
        return merged;
    }

    /// <summary>The switch between the paths: <see cref="CalculationPath.Native"/> always gets the library.</summary>
    private IBodyStateProvider ProviderFor(CalculationPath path) => path == CalculationPath.Native ? native : fast ?? native;

    /// <summary>A job whose reach past the installed ephemeris (a step or look-ahead beyond the range) is a problem with a part.</summary>
    private static Task<T> RunAsync<T>(
        IBodyStateProvider provider, ChartSettings frame, InputPart part, Func<IBodyStates, T> work, CancellationToken cancellationToken) =>
        provider.RunAsync(frame, states => SupportedRange.Guard(part, () => work(states)), cancellationToken);

    /// <summary>
    /// Runs <paramref name="count"/> jobs in order, each started as soon as the previous result is handed out, so that
    /// computing the next overlaps consuming this one. When the consumer stops early (or cancels), the job in flight
    /// is cancelled and awaited before the enumeration ends: no work outlives the stream.
    /// </summary>
    private static async IAsyncEnumerable<T> OneAheadAsync<T>(
        int count, Func<int, CancellationToken, Task<T>> job, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var pending = count > 0 ? job(0, stop.Token) : null;
        try
        {
            for (var index = 0; index < count; index++)
            {
                var current = await pending!.ConfigureAwait(false);
                pending = index + 1 < count ? job(index + 1, stop.Token) : null;
                yield return current;
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            if (pending is not null)
            {
                await ((Task)pending).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }
}
