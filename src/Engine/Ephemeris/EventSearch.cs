namespace Jyotishika.Engine.Ephemeris;

/// <summary>
/// Finds the events of a query chunk by chunk: consecutive half-open spans of <see cref="ChunkDays"/> from the start,
/// each searched in one synchronous job. A chunk owns the scan steps that start inside it, and every scan grid runs
/// from the query's start, so no event is found twice or lost at a chunk's edge, and chunks come out in time order.
/// </summary>
internal sealed class EventSearch
{
    /// <summary>A multiple of every scan step, so chunk edges are grid points of every grid.</summary>
    internal const double ChunkDays = 90;

    /// <summary>How far past a retrograde station the direct one is looked for.</summary>
    internal const double LookAheadDays = 366;

    private readonly double origin;
    private readonly double end;
    private readonly Graha[] bodies;
    private readonly HashSet<EventKind> kinds;
    private readonly NodeType nodeType;

    internal EventSearch(EventsQuery query, double originJulianDayUt, double endJulianDayUt)
    {
        origin = originJulianDayUt;
        end = endJulianDayUt;
        bodies = EphemerisQueryValidator.Bodies(query.Bodies);
        kinds = query.Kinds.Count == 0 ? [.. Enum.GetValues<EventKind>()] : [.. query.Kinds];
        nodeType = query.Settings.NodeType;
    }

    internal int ChunkCount => (int)Math.Ceiling((end - origin) / ChunkDays);

    /// <summary>The events of one chunk, in time order.</summary>
    internal List<CelestialEvent> Search(IBodyStates states, int chunk, CancellationToken cancellationToken)
    {
        var grid = new GridSamples(states, origin, ChunkDays, chunk, end);
        var events = new List<CelestialEvent>();
        if (kinds.Contains(EventKind.SignIngress) || kinds.Contains(EventKind.NakshatraChange)
            || kinds.Contains(EventKind.StationRetrograde) || kinds.Contains(EventKind.StationDirect))
        {
            foreach (var body in bodies)
            {
                ScanBody(states, grid, body, events, cancellationToken);
            }
        }

        if (kinds.Contains(EventKind.Conjunction))
        {
            for (var i = 0; i < bodies.Length; i++)
            {
                for (var j = i + 1; j < bodies.Length; j++)
                {
                    // Rahu and Ketu are always opposite: they never meet.
                    if (!(bodies[i] is Graha.Rahu or Graha.Ketu && bodies[j] is Graha.Rahu or Graha.Ketu))
                    {
                        ScanPair(states, grid, bodies[i], bodies[j], events, cancellationToken);
                    }
                }
            }
        }

        events.Sort(InTimeOrder);
        return events;
    }

    /// <summary>Where a chunk's span of Julian days (UT) ends: it owns [the previous chunk's end, this).</summary>
    internal double ChunkEnd(int chunk) => Math.Min(origin + (chunk + 1) * ChunkDays, end);

    /// <summary>The order of a stream: by instant, then kind, then bodies, so equal instants always come out alike.</summary>
    internal static int InTimeOrder(CelestialEvent a, CelestialEvent b) =>
        (a.JulianDayUt, a.Kind, a.Body, a.OtherBody ?? 0).CompareTo((b.JulianDayUt, b.Kind, b.Body, b.OtherBody ?? 0));

    private static TrackSample Sample(double time, BodyPosition state) => new(time, state.Longitude, state.Speed, state);

    private static TrackSample Sample(double time, BodyPosition first, BodyPosition second) =>
        new(time, Arc.Normalize(first.Longitude - second.Longitude), first.Speed - second.Speed, first);

    private void ScanBody(
        IBodyStates states, GridSamples grid, Graha body, List<CelestialEvent> events, CancellationToken cancellationToken)
    {
        var step = ScanSteps.Days(body, nodeType);
        TrackSample At(double time) => Sample(time, grid.At(body, time));
        TrackSample Grid(long k) => Sample(grid.Time(step, k), grid.State(body, step, k));

        var (first, last) = grid.Intervals(step);
        var breakpoints = new List<Breakpoint>();
        var crossings = new List<Crossing>();
        for (var k = first; k < last; k++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            breakpoints.Clear();
            var start = Grid(k);
            breakpoints.Add(new Breakpoint(start, IsStation: false));
            TrackScanner.Breakpoints(At, start, Grid(k + 1), breakpoints);
            for (var i = 1; i < breakpoints.Count; i++)
            {
                var (from, to) = (breakpoints[i - 1].Sample, breakpoints[i].Sample);
                if (breakpoints[i].IsStation && to.Time < end)
                {
                    AddStation(states, grid, body, step, k, to, events);
                }

                crossings.Clear();
                if (kinds.Contains(EventKind.SignIngress))
                {
                    TrackScanner.Crossings(At, from, to, 12, crossings);
                    events.AddRange(crossings.Where(c => c.Sample.Time < end)
                        .Select(c => Event(states, EventKind.SignIngress, body, c, sign: c.Entered)));
                }

                crossings.Clear();
                if (kinds.Contains(EventKind.NakshatraChange))
                {
                    TrackScanner.Crossings(At, from, to, Nakshatra.Count, crossings);
                    events.AddRange(crossings.Where(c => c.Sample.Time < end)
                        .Select(c => Event(states, EventKind.NakshatraChange, body, c, nakshatra: c.Entered + 1)));
                }
            }
        }
    }

    private void ScanPair(
        IBodyStates states, GridSamples grid, Graha first, Graha second, List<CelestialEvent> events, CancellationToken cancellationToken)
    {
        var step = Math.Min(ScanSteps.Days(first, nodeType), ScanSteps.Days(second, nodeType));
        TrackSample At(double time) => Sample(time, grid.At(first, time), grid.At(second, time));
        TrackSample Grid(long k) => Sample(grid.Time(step, k), grid.State(first, step, k), grid.State(second, step, k));

        var (from, last) = grid.Intervals(step);
        var breakpoints = new List<Breakpoint>();
        var crossings = new List<Crossing>();
        for (var k = from; k < last; k++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            breakpoints.Clear();
            var start = Grid(k);
            breakpoints.Add(new Breakpoint(start, IsStation: false));
            TrackScanner.Breakpoints(At, start, Grid(k + 1), breakpoints);
            crossings.Clear();
            for (var i = 1; i < breakpoints.Count; i++)
            {
                TrackScanner.Crossings(At, breakpoints[i - 1].Sample, breakpoints[i].Sample, 1, crossings);
            }

            foreach (var crossing in crossings.Where(c => c.Sample.Time < end))
            {
                var state = crossing.Sample.Body;
                events.Add(new CelestialEvent
                {
                    Kind = EventKind.Conjunction,
                    Utc = UtcInstants.FromJulianDayUt(states, crossing.Sample.Time),
                    JulianDayUt = crossing.Sample.Time,
                    Body = first,
                    OtherBody = second,
                    Longitude = state.Longitude,
                    Sign = Zodiac.SignOf(state.Longitude),
                    NakshatraNumber = Nakshatra.Of(state.Longitude).Number,
                    Retrograde = state.Retrograde,
                });
            }
        }
    }

    private void AddStation(
        IBodyStates states, GridSamples grid, Graha body, double step, long k, TrackSample station, List<CelestialEvent> events)
    {
        var kind = station.Backward ? EventKind.StationRetrograde : EventKind.StationDirect;
        if (!kinds.Contains(kind))
        {
            return;
        }

        var until = kind == EventKind.StationRetrograde ? NextDirectStation(grid, body, step, k, station.Time) : null;
        events.Add(Event(states, kind, body, new Crossing(station, 0, station.Backward)) with
        {
            RetrogradeUntil = until is { } time ? UtcInstants.FromJulianDayUt(states, time) : null,
        });
    }

    /// <summary>
    /// The direct station after a retrograde one, searched over the same grid intervals from the one holding it, so it is
    /// the very instant the search reports for that direct station.
    /// </summary>
    private double? NextDirectStation(GridSamples grid, Graha body, double step, long k, double retrograde)
    {
        var limit = Math.Min(retrograde + LookAheadDays, SupportedRange.EndJulianDay);
        TrackSample At(double time) => Sample(time, grid.At(body, time));
        TrackSample Grid(long j) => Sample(grid.Time(step, j), grid.State(body, step, j));

        var breakpoints = new List<Breakpoint>();
        for (var j = k; grid.Time(step, j) < limit && grid.Time(step, j + 1) > grid.Time(step, j); j++)
        {
            breakpoints.Clear();
            TrackScanner.Breakpoints(At, Grid(j), Grid(j + 1), breakpoints);
            foreach (var breakpoint in breakpoints)
            {
                if (breakpoint.IsStation && !breakpoint.Sample.Backward && breakpoint.Sample.Time > retrograde)
                {
                    return breakpoint.Sample.Time <= limit ? breakpoint.Sample.Time : null;
                }
            }
        }

        return null;
    }

    private static CelestialEvent Event(
        IBodyStates states, EventKind kind, Graha body, Crossing crossing, int? sign = null, int? nakshatra = null)
    {
        var state = crossing.Sample.Body;
        return new CelestialEvent
        {
            Kind = kind,
            Utc = UtcInstants.FromJulianDayUt(states, crossing.Sample.Time),
            JulianDayUt = crossing.Sample.Time,
            Body = body,
            Longitude = state.Longitude,
            Sign = sign ?? Zodiac.SignOf(state.Longitude),
            NakshatraNumber = nakshatra ?? Nakshatra.Of(state.Longitude).Number,
            Retrograde = kind == EventKind.StationRetrograde || (kind != EventKind.StationDirect && crossing.Backward),
        };
    }
}
