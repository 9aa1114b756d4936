using System.Diagnostics;
using Jyotishika.Engine.Ephemeris;
using Jyotishika.Engine.Native;

namespace Jyotishika.Engine.Tests.Ephemeris;

/// <summary>
/// Event instants against the native library: each event is found again by a plain bisection on raw swe_calc_ut
/// longitudes (Lahiri, apparent) around it, and must agree to a second.
/// </summary>
public sealed class EventInstantTests
{
    private const double SecondsPerDay = 86_400;

    /// <summary>The reference bisection looks this far either side of the engine's instant.</summary>
    private const double Window = 600 / SecondsPerDay;

    [Test]
    public async Task Moon_nakshatra_changes_over_a_year_agree_with_a_native_bisection_to_a_second()
    {
        var stopwatch = Stopwatch.StartNew();
        var events = await EventQueries.Year2024Async([Graha.Moon], EventKind.NakshatraChange);
        stopwatch.Stop();
        TestContext.Out.WriteLine(
            $"A year of Moon nakshatra changes (native): {events.Count} events in {stopwatch.Elapsed.TotalMilliseconds:F0} ms");

        var worst = await WorstBoundaryDifferenceAsync(events, Nakshatra.Count, e => e.NakshatraNumber - 1);

        TestContext.Out.WriteLine($"Largest difference from the bisection: {worst:F3} s");
        Assert.That(worst, Is.LessThanOrEqualTo(1.0));
    }

    [Test]
    public async Task Moon_and_sun_sign_ingresses_over_a_year_agree_with_a_native_bisection_to_a_second()
    {
        var events = await EventQueries.Year2024Async([Graha.Sun, Graha.Moon], EventKind.SignIngress);

        var worst = await WorstBoundaryDifferenceAsync(events, 12, e => e.Sign);

        Assert.Multiple(() =>
        {
            Assert.That(events.Count(e => e.Body == Graha.Sun), Is.EqualTo(12), "the Sun enters each sign once a year");
            Assert.That(events.Count(e => e.Body == Graha.Moon), Is.InRange(160, 166), "13.4 sidereal months × 12 signs");
            Assert.That(worst, Is.LessThanOrEqualTo(1.0));
        });
    }

    [Test]
    public async Task Makar_sankranti_2024_is_the_suns_lahiri_ingress_into_capricorn()
    {
        var events = await EventQueries.Year2024Async([Graha.Sun], EventKind.SignIngress);

        // swetest 2.10.03 -b14.1.2024 -ut21:13:30 -p0 -sid1 -fTPl -s1s: 269.9999993° at 21:13:44 UT, 270.0000111° at 21:13:45
        // (02:43:44 IST on 15 January). UT1 and UTC differ by well under a second in 2024.
        var capricorn = events.Single(e => e.Sign == 9);
        Assert.That(capricorn.Utc, Is.EqualTo(new DateTime(2024, 1, 14, 21, 13, 44, DateTimeKind.Utc)).Within(TimeSpan.FromSeconds(2)));
        Assert.That(capricorn.Retrograde, Is.False);
    }

    [Test]
    public async Task Conjunctions_agree_with_a_native_bisection_on_the_longitude_difference()
    {
        var newMoons = await EventQueries.Year2024Async([Graha.Sun, Graha.Moon], EventKind.Conjunction);
        var greatConjunction = await EventQueries.SearchAsync(
            new DateTime(2020, 11, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2021, 2, 1, 0, 0, 0, DateTimeKind.Utc),
            [Graha.Jupiter, Graha.Saturn], [EventKind.Conjunction]);
        var venusMercury = await EventQueries.Year2024Async([Graha.Mercury, Graha.Venus], EventKind.Conjunction);

        var worst = 0.0;
        foreach (var conjunction in newMoons.Concat(greatConjunction).Concat(venusMercury))
        {
            var reference = await NativeReference.BisectAsync(
                [EventQueries.LibraryBody(conjunction.Body), EventQueries.LibraryBody(conjunction.OtherBody!.Value)],
                states => NativeReference.Turn(states[0].Longitude - states[1].Longitude),
                conjunction.JulianDayUt - Window,
                conjunction.JulianDayUt + Window);
            Assert.That(reference, Is.Not.Null, $"no conjunction near {conjunction}");
            worst = Math.Max(worst, Math.Abs(conjunction.JulianDayUt - reference!.Value) * SecondsPerDay);
        }

        Assert.Multiple(() =>
        {
            Assert.That(newMoons, Has.Count.EqualTo(13), "2024 has 13 new moons (11 Jan … 30 Dec)");
            Assert.That(newMoons, Is.All.Matches<CelestialEvent>(e => e.Body == Graha.Sun && e.OtherBody == Graha.Moon));

            // The great conjunction of 2020: 21 December 18:20 UT in ecliptic longitude (swetest -p56 daily longitudes).
            Assert.That(greatConjunction.Single().Utc,
                Is.EqualTo(new DateTime(2020, 12, 21, 18, 20, 0, DateTimeKind.Utc)).Within(TimeSpan.FromMinutes(10)));
            Assert.That(venusMercury, Is.Not.Empty);
            Assert.That(worst, Is.LessThanOrEqualTo(1.0));
        });
    }

    /// <summary>
    /// For each ingress into division <c>entered(e)</c> of <paramref name="divisions"/>, the boundary it crossed
    /// (its start moving forward, its end moving backward), re-found by bisection; the largest difference in seconds.
    /// </summary>
    private static async Task<double> WorstBoundaryDifferenceAsync(
        List<CelestialEvent> events, int divisions, Func<CelestialEvent, int> entered)
    {
        Assert.That(events, Is.Not.Empty);
        var worst = 0.0;
        foreach (var found in events)
        {
            var boundary = (found.Retrograde ? entered(found) + 1 : entered(found)) * 360.0 / divisions;
            var reference = await NativeReference.BisectAsync(
                [EventQueries.LibraryBody(found.Body)],
                states => NativeReference.Turn(states[0].Longitude - boundary),
                found.JulianDayUt - Window,
                found.JulianDayUt + Window);
            Assert.That(reference, Is.Not.Null, $"no crossing of {boundary}° near {found}");
            worst = Math.Max(worst, Math.Abs(found.JulianDayUt - reference!.Value) * SecondsPerDay);
        }

        return worst;
    }
}
