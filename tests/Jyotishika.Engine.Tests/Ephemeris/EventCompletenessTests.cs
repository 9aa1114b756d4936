using Jyotishika.Engine.Ephemeris;
using Jyotishika.Engine.Native;

namespace Jyotishika.Engine.Tests.Ephemeris;

/// <summary>
/// Nothing missed, nothing twice: event counts against an hourly sampling of raw native longitudes (the Moon needs
/// 20 hours or more for a nakshatra, so hourly samples see every change), and a range searched whole or in two parts.
/// </summary>
public sealed class EventCompletenessTests
{
    [TestCase(Nakshatra.Count, EventKind.NakshatraChange)]
    [TestCase(12, EventKind.SignIngress)]
    public async Task A_year_of_moon_changes_matches_an_hourly_count(int divisions, EventKind kind)
    {
        var events = await EventQueries.Year2024Async([Graha.Moon], kind);

        var start = await EventQueries.JulianDayAsync(EventQueries.Start2024);
        var end = await EventQueries.JulianDayAsync(EventQueries.Start2025);
        var hourly = await NativeReference.SampleAsync(SwissEph.BodyMoon, start, end, 1.0 / 24);
        var changes = hourly.Zip(hourly.Skip(1))
            .Where(pair => Division(pair.First.Longitude, divisions) != Division(pair.Second.Longitude, divisions))
            .ToList();

        // ≈ 366 days / 27.32 days per sidereal month × divisions.
        TestContext.Out.WriteLine($"{kind}: {events.Count} events, {changes.Count} hourly changes");
        Assert.That(events, Has.Count.EqualTo(changes.Count));
        for (var i = 0; i < changes.Count; i++)
        {
            var entered = kind == EventKind.SignIngress ? events[i].Sign : events[i].NakshatraNumber - 1;
            Assert.That(events[i].JulianDayUt, Is.InRange(changes[i].First.Time, changes[i].Second.Time + 1.0 / 86_400));
            Assert.That(entered, Is.EqualTo(Division(changes[i].Second.Longitude, divisions)));
        }
    }

    [Test]
    public async Task A_range_searched_in_two_parts_gives_the_same_events_as_searched_whole()
    {
        Graha[] bodies = [Graha.Sun, Graha.Moon, Graha.Mercury, Graha.Venus, Graha.Mars];
        var split = new DateTime(2024, 5, 17, 3, 0, 0, DateTimeKind.Utc);

        var whole = await EventQueries.SearchAsync(EventQueries.Start2024, EventQueries.Start2025, bodies, []);
        var first = await EventQueries.SearchAsync(EventQueries.Start2024, split, bodies, []);
        var second = await EventQueries.SearchAsync(split, EventQueries.Start2025, bodies, []);

        var parts = first.Concat(second).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(parts.Select(Key), Is.EqualTo(whole.Select(Key)));
            var largestSeconds = parts.Zip(whole).Max(pair => Math.Abs(pair.First.JulianDayUt - pair.Second.JulianDayUt) * 86_400);
            Assert.That(largestSeconds, Is.LessThanOrEqualTo(1.0));
            Assert.That(whole.Select(e => e.JulianDayUt), Is.Ordered, "events come in time order across bodies, kinds and chunks");
            Assert.That(first, Is.All.Matches<CelestialEvent>(e => e.Utc < split));
            Assert.That(second, Is.All.Matches<CelestialEvent>(e => e.Utc >= split));
        });
    }

    /// <summary>Which of n equal arcs from 0° holds a longitude, computed here without the engine.</summary>
    private static int Division(double longitude, int divisions) =>
        (int)Math.Floor(Degrees.Normalize(longitude) * divisions / 360.0) % divisions;

    private static (EventKind, Graha, Graha?, int, int) Key(CelestialEvent e) => (e.Kind, e.Body, e.OtherBody, e.Sign, e.NakshatraNumber);
}
