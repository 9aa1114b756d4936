using Jyotishika.Engine.Native;

namespace Jyotishika.Engine.Ephemeris.Eclipses;

/// <summary>
/// The eclipses of an events query as <see cref="CelestialEvent"/>s, handed out chunk by chunk. The library's search
/// costs about one extra search per call (the eclipse past the window that ends it), so searching each 90-day chunk
/// afresh tripled a 200-year query; instead the eclipses are found <see cref="FillDays"/> at a time and held until their
/// chunk asks. Each eclipsed body's sidereal longitude at the maximum is read in the query's frame, after the search
/// (reading positions sets the sidereal mode, which the eclipse functions do not use). Calls must come in chunk order,
/// one at a time, each within one pool job — as the events stream makes them.
/// </summary>
internal sealed class EclipseEvents
{
    /// <summary>How much of the query one search covers: a few eclipses, so the first chunk waits only milliseconds.</summary>
    internal const double FillDays = 730;

    private readonly bool solar;
    private readonly bool lunar;
    private readonly EclipsePlace? place;
    private readonly ChartSettings frame;
    private readonly double queryEnd;
    private readonly Queue<CelestialEvent> found = new();
    private double searchedUntil;

    internal EclipseEvents(
        EventsQuery query, IReadOnlyCollection<EventKind> kinds, IReadOnlyCollection<Graha> bodies, double origin, double end)
    {
        // Both bodies take part in either eclipse, so a query about either one hears of both kinds.
        var luminary = bodies.Contains(Graha.Sun) || bodies.Contains(Graha.Moon);
        solar = luminary && kinds.Contains(EventKind.SolarEclipse);
        lunar = luminary && kinds.Contains(EventKind.LunarEclipse);
        place = query.Place;
        frame = query.Settings;
        searchedUntil = origin;
        queryEnd = end;
    }

    internal bool Any => solar || lunar;

    /// <summary>The eclipses with their maximum before <paramref name="end"/> not handed out yet: the next chunk's.</summary>
    internal List<CelestialEvent> Take(EphemerisSession session, double end, CancellationToken cancellationToken)
    {
        if (searchedUntil < end)
        {
            var until = Math.Min(Math.Max(end, searchedUntil + FillDays), queryEnd);
            foreach (var eclipse in Search(session, searchedUntil, until, cancellationToken))
            {
                found.Enqueue(eclipse);
            }

            searchedUntil = until;
        }

        var chunk = new List<CelestialEvent>();
        while (found.TryPeek(out var next) && next.JulianDayUt < end)
        {
            chunk.Add(found.Dequeue());
        }

        return chunk;
    }

    private List<CelestialEvent> Search(EphemerisSession session, double start, double end, CancellationToken cancellationToken)
    {
        var clock = new EclipseClock(session);
        var solarEclipses = solar ? SolarEclipseFinder.Find(session, clock, start, end, place, cancellationToken) : [];
        var lunarEclipses = lunar ? LunarEclipseFinder.Find(session, clock, start, end, place, cancellationToken) : [];
        var states = new NativeBodyStates(session, frame);
        var events = new List<CelestialEvent>(solarEclipses.Count + lunarEclipses.Count);
        events.AddRange(solarEclipses.Select(eclipse =>
            Event(states, EventKind.SolarEclipse, Graha.Sun, eclipse.MaximumJulianDayUt, eclipse.Maximum) with
            {
                OtherBody = Graha.Moon,
                SolarEclipse = eclipse,
            }));
        events.AddRange(lunarEclipses.Select(eclipse =>
            Event(states, EventKind.LunarEclipse, Graha.Moon, eclipse.MaximumJulianDayUt, eclipse.Maximum) with
            {
                LunarEclipse = eclipse,
            }));
        events.Sort(EventSearch.InTimeOrder);
        return events;
    }

    private static CelestialEvent Event(IBodyStates states, EventKind kind, Graha body, double julianDayUt, DateTime utc)
    {
        Span<BodyPosition> state = stackalloc BodyPosition[1];
        states.Evaluate(body, [julianDayUt], state);
        return new CelestialEvent
        {
            Kind = kind,
            Utc = utc,
            JulianDayUt = julianDayUt,
            Body = body,
            Longitude = state[0].Longitude,
            Sign = Zodiac.SignOf(state[0].Longitude),
            NakshatraNumber = Nakshatra.Of(state[0].Longitude).Number,
            Retrograde = false,
        };
    }
}
