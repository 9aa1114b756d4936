using Jyotishika.Engine.Ephemeris;
using Jyotishika.Engine.Ephemeris.Eclipses;

namespace Jyotishika.Engine.Tests.Ephemeris;

/// <summary>
/// Eclipses in the events stream: the same eclipses as the continuous eclipse search (checked against swetest in
/// <see cref="EclipseTests"/>), however the stream's 90-day chunks fall, merged in time order with the other kinds, and
/// the eclipsed body's sidereal longitude in the query's frame.
/// </summary>
[TestFixture]
public sealed class EclipseEventTests
{
    private static readonly EventKind[] EclipseKinds = [EventKind.SolarEclipse, EventKind.LunarEclipse];

    private static readonly DateTime From2020 = new(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Greatest eclipse of 2024-04-08 (NASA: 18:17:16 TD, 18:16:07 UT near ΔT 69 s; the library's UT is used here).</summary>
    private static async Task<SolarEclipse> April2024Async() =>
        (await EclipseSearch.SolarAsync(EphemerisTestPool.Pool, new(2024, 4, 1, 0, 0, 0, DateTimeKind.Utc),
            new(2024, 4, 30, 0, 0, 0, DateTimeKind.Utc), null, CancellationToken.None)).Single();

    [Test]
    public async Task Ten_years_of_eclipse_events_are_the_continuous_searchs_eclipses_across_every_chunk_edge()
    {
        var end = From2020.AddYears(10);
        var events = await EventQueries.SearchAsync(From2020, end, [Graha.Sun], EclipseKinds);
        var solar = await EclipseSearch.SolarAsync(EphemerisTestPool.Pool, From2020, end, null, CancellationToken.None);
        var lunar = await EclipseSearch.LunarAsync(EphemerisTestPool.Pool, From2020, end, null, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(events.Where(e => e.Kind == EventKind.SolarEclipse).Select(e => e.SolarEclipse), Is.EqualTo(solar));
            Assert.That(events.Where(e => e.Kind == EventKind.LunarEclipse).Select(e => e.LunarEclipse), Is.EqualTo(lunar));
            Assert.That(solar, Has.Count.EqualTo(22),
                "solar eclipses 2020–2029 in NASA's Five Millennium Canon: two a year, four in 2029");
            Assert.That(events.Select(e => e.JulianDayUt), Is.Ordered);
            Assert.That(events.Select(e => e.Utc),
                Is.EqualTo(events.Select(e => e.SolarEclipse?.Maximum ?? e.LunarEclipse!.Maximum)), "reported at greatest eclipse");
        });
    }

    [TestCase(-1.0)]
    [TestCase(+1.0)]
    public async Task An_eclipse_next_to_a_chunk_edge_is_reported_once(double edgeMinutesFromMaximum)
    {
        var eclipse = await April2024Async();
        // The second chunk starts 90 days after the query's start: put that edge a minute either side of the maximum.
        var start = eclipse.Maximum.AddMinutes(edgeMinutesFromMaximum).AddDays(-90);
        var events = await EventQueries.SearchAsync(start, start.AddDays(180), [Graha.Moon], [EventKind.SolarEclipse]);

        Assert.That(events.Count(e => e.SolarEclipse == eclipse), Is.EqualTo(1));
    }

    [Test]
    public async Task The_range_is_half_open_on_the_maximum()
    {
        var eclipse = await April2024Async();
        var atMaximum = await EventQueries.SearchAsync(eclipse.Maximum.AddSeconds(-1), eclipse.Maximum.AddSeconds(1), [Graha.Sun], [EventKind.SolarEclipse]);
        var endingBefore = await EventQueries.SearchAsync(eclipse.Maximum.AddDays(-1), eclipse.Maximum.AddSeconds(-1), [Graha.Sun], [EventKind.SolarEclipse]);
        var startingAfter = await EventQueries.SearchAsync(eclipse.Maximum.AddSeconds(1), eclipse.Maximum.AddDays(1), [Graha.Sun], [EventKind.SolarEclipse]);

        Assert.Multiple(() =>
        {
            Assert.That(atMaximum, Has.Count.EqualTo(1));
            Assert.That(endingBefore, Is.Empty);
            Assert.That(startingAfter, Is.Empty);
        });
    }

    [Test]
    public async Task The_eclipsed_bodys_sidereal_longitude_is_the_charts_in_the_querys_frame()
    {
        var raman = ChartSettings.Default with { Ayanamsha = Ayanamsha.Raman, NodeType = NodeType.True };
        var events = await EventQueries.SearchAsync(From2020, From2020.AddYears(3), [], EclipseKinds, raman);
        var solar = events.First(e => e.Kind == EventKind.SolarEclipse);
        var lunar = events.First(e => e.Kind == EventKind.LunarEclipse);
        var solarChart = await EnginePool.Engine.ComputeAsync(ChartAt(solar.Utc, raman));
        var lunarChart = await EnginePool.Engine.ComputeAsync(ChartAt(lunar.Utc, raman));
        var moonAtSolar = solarChart.Grahas.Single(p => p.Graha == Graha.Moon).Longitude;
        var sunAtLunar = lunarChart.Grahas.Single(p => p.Graha == Graha.Sun).Longitude;

        Assert.Multiple(() =>
        {
            Assert.That(solar.Body, Is.EqualTo(Graha.Sun));
            Assert.That(solar.OtherBody, Is.EqualTo(Graha.Moon));
            Assert.That(lunar.Body, Is.EqualTo(Graha.Moon));
            // The event's instant is the library's maximum rounded to the tick; the chart is read at that instant.
            Assert.That(solar.Longitude, Is.EqualTo(solarChart.Grahas.Single(p => p.Graha == Graha.Sun).Longitude).Within(1e-5));
            Assert.That(lunar.Longitude, Is.EqualTo(lunarChart.Grahas.Single(p => p.Graha == Graha.Moon).Longitude).Within(1e-5));
            Assert.That(solar.Sign, Is.EqualTo(Zodiac.SignOf(solar.Longitude)));
            Assert.That(solar.NakshatraNumber, Is.EqualTo(Nakshatra.Of(solar.Longitude).Number));
            // At greatest eclipse the luminaries are in conjunction or opposition to well within a degree (Meeus ch. 54).
            Assert.That(Arc.Separation(moonAtSolar, solar.Longitude), Is.LessThan(1));
            Assert.That(Arc.Separation(lunar.Longitude, sunAtLunar + 180), Is.LessThan(1));
        });
    }

    [Test]
    public async Task Eclipses_come_with_every_kind_when_a_luminary_is_asked_for_and_not_otherwise()
    {
        var start = new DateTime(2024, 3, 1, 0, 0, 0, DateTimeKind.Utc);
        var end = new DateTime(2024, 5, 1, 0, 0, 0, DateTimeKind.Utc);
        var withMoon = await EventQueries.SearchAsync(start, end, [Graha.Moon, Graha.Mars], []);
        var withoutLuminaries = await EventQueries.SearchAsync(start, end, [Graha.Mars, Graha.Jupiter], []);
        var nodesOnly = await EventQueries.SearchAsync(start, end, [Graha.Rahu], EclipseKinds);

        Assert.Multiple(() =>
        {
            // 2024-03-25 penumbral lunar eclipse, 2024-04-08 total solar eclipse.
            Assert.That(withMoon.Where(e => EclipseKinds.Contains(e.Kind)).Select(e => e.Kind),
                Is.EqualTo(new[] { EventKind.LunarEclipse, EventKind.SolarEclipse }));
            Assert.That(withMoon.Select(e => e.JulianDayUt), Is.Ordered, "merged into the stream's time order");
            Assert.That(withMoon.Count(e => e.Kind == EventKind.NakshatraChange), Is.GreaterThan(50));
            Assert.That(withoutLuminaries.Where(e => EclipseKinds.Contains(e.Kind)), Is.Empty);
            Assert.That(nodesOnly, Is.Empty);
        });
    }

    [Test]
    public async Task A_place_gives_each_eclipse_its_local_view_as_the_eclipse_search_does()
    {
        var dallas = new EclipsePlace(32.78, -96.8);
        var start = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var end = start.AddYears(2);
        var query = new EventsQuery(start, end, [], EclipseKinds, ChartSettings.Default) { Place = dallas };
        var events = new List<CelestialEvent>();
        await foreach (var found in EphemerisTestPool.Engine.SearchEventsAsync(query))
        {
            events.Add(found);
        }

        var solar = await EclipseSearch.SolarAsync(EphemerisTestPool.Pool, start, end, dallas, CancellationToken.None);
        var lunar = await EclipseSearch.LunarAsync(EphemerisTestPool.Pool, start, end, dallas, CancellationToken.None);
        Assert.Multiple(() =>
        {
            Assert.That(events.Where(e => e.SolarEclipse is not null).Select(e => e.SolarEclipse!.Local), Is.EqualTo(solar.Select(e => e.Local)));
            Assert.That(events.Where(e => e.LunarEclipse is not null).Select(e => e.LunarEclipse!.Local), Is.EqualTo(lunar.Select(e => e.Local)));
            Assert.That(events[1].SolarEclipse!.Local!.Kind, Is.EqualTo(SolarEclipseKind.Total), "Dallas saw 2024-04-08 total");
        });
    }

    [Test]
    public void A_place_out_of_range_is_refused_with_the_coordinate_named()
    {
        var query = new EventsQuery(From2020, From2020.AddYears(1), [], EclipseKinds, ChartSettings.Default)
        {
            Place = new EclipsePlace(95, 200),
        };

        var problems = EphemerisQueryValidator.Validate(query, out _);

        Assert.That(problems.Select(p => p.Part), Is.EquivalentTo(new[] { InputPart.Latitude, InputPart.Longitude }));
    }

    private static ChartInput ChartAt(DateTime utc, ChartSettings settings) => new(utc, 0, 0, settings);
}
