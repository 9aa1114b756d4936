using Jyotishika.Engine.Doshas;
using Jyotishika.Engine.Ephemeris;
using Jyotishika.Engine.Native;

namespace Jyotishika.Engine.Tests.Doshas;

/// <summary>Saturn's phases from the Moon's sign: the sign table, the timeline from ingresses, and one real passage.</summary>
public sealed class SadeSatiTests
{
    private static readonly DateTime Birth = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private EphemerisPool? pool;

    [OneTimeSetUp]
    public void Start() => pool = new EphemerisPool(new EphemerisPoolOptions { ThreadCount = 1, QueueCapacity = 16 });

    [OneTimeTearDown]
    public void Stop() => pool?.Dispose();

    [TestCase(11, SadeSatiPhase.Rising)]
    [TestCase(0, SadeSatiPhase.Peak)]
    [TestCase(1, SadeSatiPhase.Setting)]
    [TestCase(3, SadeSatiPhase.FourthDhaiya)]
    [TestCase(7, SadeSatiPhase.EighthDhaiya)]
    [TestCase(2, null)]
    [TestCase(10, null)]
    [TestCase(6, null)]
    public void Phases_are_counted_from_the_moons_sign(int saturnSign, SadeSatiPhase? phase) =>
        Assert.That(SadeSati.PhaseOf(moonSign: 0, saturnSign), Is.EqualTo(phase));

    [Test]
    public void A_retrograde_swing_back_is_its_own_interval_and_a_re_entry()
    {
        // Moon in Capricorn. Saturn in Scorpio at the start (not a phase), then Sagittarius, back to Scorpio, Sagittarius
        // again, Capricorn, Aquarius, Pisces.
        var timeline = SadeSati.Build(9, 7, Birth, Birth.AddYears(20),
        [
            new(Birth.AddYears(1), 8),
            new(Birth.AddYears(1).AddMonths(5), 7),
            new(Birth.AddYears(1).AddMonths(9), 8),
            new(Birth.AddYears(4), 9),
            new(Birth.AddYears(6).AddMonths(6), 10),
            new(Birth.AddYears(9), 11),
        ]);

        Assert.That(timeline.Intervals.Select(interval => (interval.Phase, interval.ReEntry)), Is.EqualTo(new[]
        {
            (SadeSatiPhase.Rising, false),
            (SadeSatiPhase.Rising, true),
            (SadeSatiPhase.Peak, false),
            (SadeSatiPhase.Setting, false),
        }));
        Assert.That(timeline.Intervals[0].End, Is.EqualTo(Birth.AddYears(1).AddMonths(5)));
        Assert.That(timeline.Intervals[^1].End, Is.EqualTo(Birth.AddYears(9)));
        Assert.That(timeline.Intervals.All(interval => interval.IsSadeSati), Is.True);
    }

    [Test]
    public void A_phase_already_running_at_the_start_begins_there_and_one_still_running_ends_at_the_end()
    {
        var end = Birth.AddYears(3);
        var timeline = SadeSati.Build(0, 0, Birth, end, [new(Birth.AddYears(2), 1)]);

        Assert.That(timeline.Intervals, Is.EqualTo(new[]
        {
            new SadeSatiInterval(SadeSatiPhase.Peak, 0, Birth, Birth.AddYears(2), false),
            new SadeSatiInterval(SadeSatiPhase.Setting, 1, Birth.AddYears(2), end, false),
        }));
        Assert.That(timeline.At(Birth.AddYears(1))?.Phase, Is.EqualTo(SadeSatiPhase.Peak));
        Assert.That(timeline.At(Birth.AddYears(2))?.Phase, Is.EqualTo(SadeSatiPhase.Setting));
        Assert.That(timeline.At(end), Is.Null);
    }

    [Test]
    public void Dhaiyas_are_phases_but_not_sade_sati()
    {
        SaturnIngress[] ingresses =
            [new(Birth.AddYears(1), 3), new(Birth.AddYears(4), 4), new(Birth.AddYears(10), 7), new(Birth.AddYears(12), 8)];

        var timeline = SadeSati.Build(0, 2, Birth, Birth.AddYears(30), ingresses);

        var phases = timeline.Intervals.Select(interval => interval.Phase);
        Assert.That(phases, Is.EqualTo(new[] { SadeSatiPhase.FourthDhaiya, SadeSatiPhase.EighthDhaiya }));
        Assert.That(timeline.Intervals.Any(interval => interval.IsSadeSati), Is.False);
        Assert.That(timeline.At(Birth.AddYears(5)), Is.Null);
    }

    [Test]
    public async Task Saturn_through_capricorn_from_2020_with_its_2022_swing_back()
    {
        // Lahiri: Saturn entered Capricorn 2020-01-24, Aquarius 2022-04-29, back to Capricorn 2022-07-12, Aquarius again
        // 2023-01-17, Pisces 2025-03-29 (the dates published in Indian almanacs, to the day).
        var engine = new EphemerisEngine(pool!);

        var timeline = await SadeSati.ComputeAsync(engine, Birth, moonSign: 9, ChartSettings.Default, years: 30);

        // Saturn stood at about 16° Aries (sidereal; 10° Taurus tropical) on 1 January 2000: the 4th from Capricorn.
        var first = timeline.Intervals[0];
        Assert.That((first.Phase, first.SaturnSign, first.Start), Is.EqualTo((SadeSatiPhase.FourthDhaiya, 0, Birth)));

        var from2020 = timeline.Intervals.Where(interval => interval.Start.Year is >= 2020 and < 2026).ToList();
        Assert.That(from2020.Select(interval => (interval.Phase, interval.ReEntry)), Is.EqualTo(new[]
        {
            (SadeSatiPhase.Peak, false),
            (SadeSatiPhase.Setting, false),
            (SadeSatiPhase.Peak, true),
            (SadeSatiPhase.Setting, true),
        }));
        var starts = from2020.Select(interval => DateOnly.FromDateTime(interval.Start)).ToList();
        var expected = new[] { new DateOnly(2020, 1, 24), new DateOnly(2022, 4, 29), new DateOnly(2022, 7, 12), new DateOnly(2023, 1, 17) };
        for (var index = 0; index < expected.Length; index++)
        {
            Assert.That(DaysApart(starts[index], expected[index]), Is.LessThanOrEqualTo(1), $"ingress {expected[index]}");
        }

        Assert.That(DaysApart(DateOnly.FromDateTime(from2020[^1].End), new DateOnly(2025, 3, 29)), Is.LessThanOrEqualTo(1));
        Assert.That(timeline.At(new DateTime(2021, 6, 1, 0, 0, 0, DateTimeKind.Utc))?.Phase, Is.EqualTo(SadeSatiPhase.Peak));
    }

    [Test]
    public async Task A_birth_near_the_end_of_the_ephemeris_is_followed_to_its_last_second()
    {
        var engine = new EphemerisEngine(pool!);
        var birth = new DateTime(2399, 12, 31, 12, 0, 0, DateTimeKind.Utc);

        var timeline = await SadeSati.ComputeAsync(engine, birth, moonSign: 0, ChartSettings.Default);
        var inLastSecond = SupportedRange.EndInstant.AddSeconds(-1.5);
        var lastSecond = await SadeSati.ComputeAsync(engine, inLastSecond, moonSign: 0, ChartSettings.Default);

        Assert.That((timeline.Start, timeline.End), Is.EqualTo((birth, SupportedRange.EndInstant.AddSeconds(-1))));
        Assert.That(lastSecond.Intervals, Is.Empty);
    }

    private static int DaysApart(DateOnly first, DateOnly second) => Math.Abs(first.DayNumber - second.DayNumber);
}
