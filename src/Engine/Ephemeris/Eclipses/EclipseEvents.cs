using Jyotishika.Engine.Native;

namespace Jyotishika.Engine.Ephemeris.Eclipses;

/// <summary>
/// The eclipses of one events-query chunk as <see cref="CelestialEvent"/>s, in one synchronous pool job: the library's
/// eclipse search over the chunk's span, then the eclipsed body's sidereal longitude at each maximum in the query's
/// frame (after the search, since reading positions sets the sidereal mode the eclipse functions do not use).
/// </summary>
internal sealed class EclipseEvents
{
    private readonly bool solar;
    private readonly bool lunar;
    private readonly EclipsePlace? place;
    private readonly ChartSettings frame;

    internal EclipseEvents(EventsQuery query, IReadOnlyCollection<EventKind> kinds, IReadOnlyCollection<Graha> bodies)
    {
        // Both bodies take part in either eclipse, so a query about either one hears of both kinds.
        var luminary = bodies.Contains(Graha.Sun) || bodies.Contains(Graha.Moon);
        solar = luminary && kinds.Contains(EventKind.SolarEclipse);
        lunar = luminary && kinds.Contains(EventKind.LunarEclipse);
        place = query.Place;
        frame = query.Settings;
    }

    internal bool Any => solar || lunar;

    /// <summary>The eclipses with their maximum in [<paramref name="start"/>, <paramref name="end"/>) (Julian days, UT).</summary>
    internal List<CelestialEvent> Find(EphemerisSession session, double start, double end, CancellationToken cancellationToken)
    {
        var clock = new EclipseClock(session);
        var solarEclipses = solar ? SolarEclipseFinder.Find(session, clock, start, end, place, cancellationToken) : [];
        var lunarEclipses = lunar ? LunarEclipseFinder.Find(session, clock, start, end, place, cancellationToken) : [];
        var states = new NativeBodyStates(session, frame);
        var found = new List<CelestialEvent>(solarEclipses.Count + lunarEclipses.Count);
        found.AddRange(solarEclipses.Select(eclipse =>
            Event(states, EventKind.SolarEclipse, Graha.Sun, eclipse.MaximumJulianDayUt, eclipse.Maximum) with
            {
                OtherBody = Graha.Moon,
                SolarEclipse = eclipse,
            }));
        found.AddRange(lunarEclipses.Select(eclipse =>
            Event(states, EventKind.LunarEclipse, Graha.Moon, eclipse.MaximumJulianDayUt, eclipse.Maximum) with
            {
                LunarEclipse = eclipse,
            }));
        return found;
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
