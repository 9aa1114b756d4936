using Jyotishika.Engine.Ephemeris;
using Jyotishika.Engine.Native;

namespace Jyotishika.Engine.Tests.Ephemeris;

/// <summary>
/// Stations against the native library. A station is the root of the speed in longitude: ill-conditioned in longitude
/// (flat there), and in speed conditioned by the acceleration. The library's speed is smooth only to a few 1e-8°/day,
/// so the root is defined to noise / acceleration: 0.03 s for Mercury (0.08–0.12°/day²), 0.2 s for Mars, about 2 s
/// for Saturn (0.0017°/day²), where the sampled speed changes sign dozens of times within ±8 s of the station.
/// </summary>
public sealed class StationTests
{
    private const double SecondsPerDay = 86_400;

    [Test]
    public async Task Mercury_retrograde_in_april_2024_starts_and_ends_at_the_swetest_stations()
    {
        var events = await EventQueries.Year2024Async([Graha.Mercury], EventKind.StationRetrograde, EventKind.StationDirect);

        // swetest 2.10.03 -p2 -sid1 -fTPs at one-minute steps: speed +0.0000576°/day at 22:13, −0.0000244 at 22:14 UT on
        // 1 April (zero at 22:13:42); −0.0000508 at 12:54, +0.0000069 at 12:55 UT on 25 April (zero at 12:54:53).
        var retrograde = events.Single(e => e.Kind == EventKind.StationRetrograde && e.Utc.Month == 4);
        var direct = events.Single(e => e.Kind == EventKind.StationDirect && e.Utc.Month == 4);
        Assert.Multiple(() =>
        {
            Assert.That(retrograde.Utc, Is.EqualTo(new DateTime(2024, 4, 1, 22, 13, 42, DateTimeKind.Utc)).Within(TimeSpan.FromSeconds(3)));
            Assert.That(direct.Utc, Is.EqualTo(new DateTime(2024, 4, 25, 12, 54, 53, DateTimeKind.Utc)).Within(TimeSpan.FromSeconds(3)));
            Assert.That(
                retrograde.RetrogradeUntil, Is.EqualTo(direct.Utc), "the retrograde period ends at the direct station the search reports");
            Assert.That(retrograde.Retrograde, Is.True);
            Assert.That(direct.Retrograde, Is.False);
            Assert.That(events.Count(e => e.Kind == EventKind.StationRetrograde), Is.EqualTo(3), "three retrograde periods in 2024");
            Assert.That(events.Select(e => e.Kind), Is.EqualTo(Alternating(events[0].Kind, events.Count)));
        });
    }

    [Test]
    public async Task Stations_agree_with_a_native_bisection_on_the_speed_within_what_the_speed_defines()
    {
        var planets = await EventQueries.SearchAsync(
            EventQueries.Start2024, EventQueries.Start2024.AddYears(3),
            [Graha.Mercury, Graha.Venus, Graha.Mars, Graha.Jupiter, Graha.Saturn], [EventKind.StationRetrograde, EventKind.StationDirect]);

        var report = new List<string>();
        foreach (var station in planets)
        {
            var body = EventQueries.LibraryBody(station.Body);
            var reference = await NativeReference.BisectAsync(
                [body], states => states[0].Speed, station.JulianDayUt - 0.1, station.JulianDayUt + 0.1);
            Assert.That(reference, Is.Not.Null, $"no station near {station}");
            var difference = Math.Abs(station.JulianDayUt - reference!.Value) * SecondsPerDay;
            var tolerance = await ToleranceAsync(body, reference.Value);
            report.Add($"{station.Body} {station.Kind} {station.Utc:O}: {difference:F3} s (allowed {tolerance:F2} s)");
            Assert.That(difference, Is.LessThanOrEqualTo(tolerance), report[^1]);
        }

        TestContext.Out.WriteLine(string.Join(Environment.NewLine, report));
        Assert.That(planets.Select(p => p.Body).Distinct(),
            Is.EquivalentTo(new[] { Graha.Mercury, Graha.Venus, Graha.Mars, Graha.Jupiter, Graha.Saturn }));
    }

    [Test]
    public async Task True_node_stations_are_all_found()
    {
        var settings = ChartSettings.Default with { NodeType = NodeType.True };
        var events = await EventQueries.SearchAsync(
            EventQueries.Start2024, EventQueries.Start2025, [Graha.Rahu], [EventKind.StationRetrograde, EventKind.StationDirect], settings);

        // Independently: the sign of the true node's raw speed every 15 minutes (its direct spells last days).
        var start = await EventQueries.JulianDayAsync(EventQueries.Start2024);
        var end = await EventQueries.JulianDayAsync(EventQueries.Start2025);
        var samples = await NativeReference.SampleAsync(SwissEph.BodyTrueNode, start, end, 1.0 / 96);
        var changes = samples.Zip(samples.Skip(1)).Where(pair => pair.First.Speed < 0 != pair.Second.Speed < 0).ToList();

        Assert.That(events, Has.Count.EqualTo(changes.Count));
        for (var i = 0; i < changes.Count; i++)
        {
            Assert.That(events[i].JulianDayUt, Is.InRange(changes[i].First.Time, changes[i].Second.Time + 1 / SecondsPerDay));
        }
    }

    /// <summary>
    /// What two searches of the same speed can disagree by: each bracket ends within 0.5 s after a sign change, and the
    /// speed's own noise (at most 3.5e-8°/day from a straight line over 17 s at the 2024–2026 stations of Mercury … Saturn,
    /// measured with the C library) makes it change sign anywhere where |speed| is below that, a stretch of
    /// 2 × noise / acceleration. Mercury: 0.55 s; Saturn, turning at 0.0017°/day², 4 s.
    /// </summary>
    private static async Task<double> ToleranceAsync(int body, double station)
    {
        const double speedNoise = 3.5e-8;
        var before = await NativeReference.StateAsync(body, station - 0.05);
        var after = await NativeReference.StateAsync(body, station + 0.05);
        var acceleration = Math.Abs(after.Speed - before.Speed) / 0.1;
        return 0.5 + 2 * speedNoise / acceleration * SecondsPerDay;
    }

    private static IEnumerable<EventKind> Alternating(EventKind first, int count) =>
        Enumerable.Range(0, count)
            .Select(i => i % 2 == 0 ? first : first == EventKind.StationDirect ? EventKind.StationRetrograde : EventKind.StationDirect);
}
