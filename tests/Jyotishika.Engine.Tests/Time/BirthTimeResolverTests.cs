using Jyotishika.Engine.Time;
using NodaTime;
using NodaTime.Text;

namespace Jyotishika.Engine.Tests.Time;

/// <summary>
/// DST folds and gaps, historical offsets and local mean time. Expected instants come from the published tz database
/// rules (IANA tzdata: northamerica, europe, australasia and asia files), quoted beside each case.
/// </summary>
[TestFixture]
public sealed class BirthTimeResolverTests
{
    private static readonly BirthTimeResolver Resolver = new(DateTimeZoneProviders.Tzdb);

    // New York, 2021-11-07: EDT (−4) until 02:00, then EST (−5): 01:00–02:00 happened twice.
    // London, 2022-10-30: BST (+1) until 02:00, then GMT: 01:00–02:00 happened twice.
    // Sydney, 2023-04-02: AEDT (+11) until 03:00, then AEST (+10): 02:00–03:00 happened twice.
    [TestCase("America/New_York", "2021-11-07T01:30:00", "2021-11-07T05:30:00Z", "2021-11-07T06:30:00Z")]
    [TestCase("Europe/London", "2022-10-30T01:30:00", "2022-10-30T00:30:00Z", "2022-10-30T01:30:00Z")]
    [TestCase("Australia/Sydney", "2023-04-02T02:30:00", "2023-04-01T15:30:00Z", "2023-04-01T16:30:00Z")]
    public void A_time_in_a_fold_takes_the_earlier_instant_by_default_and_the_later_on_request(
        string zone, string local, string earlier, string later)
    {
        var byDefault = Resolver.Resolve(new BirthTime(local, zone, null));
        var asked = Resolver.Resolve(new BirthTime(local, zone, null) { Fold = Fold.Later });

        Assert.Multiple(() =>
        {
            Assert.That(byDefault.Utc, Is.EqualTo(Utc(earlier)));
            Assert.That(byDefault.Ambiguous, Is.True);
            Assert.That(byDefault.FoldUsed, Is.EqualTo(Fold.Earlier));
            Assert.That(asked.Utc, Is.EqualTo(Utc(later)));
            Assert.That(asked.Ambiguous, Is.True);
            Assert.That(asked.FoldUsed, Is.EqualTo(Fold.Later));
            Assert.That(byDefault.Source, Is.EqualTo(TimeSource.GivenTimeZone));
        });
    }

    // New York, 2021-03-14: 02:00 EST became 03:00 EDT. London, 2022-03-27: 01:00 GMT became 02:00 BST.
    // Sydney, 2023-10-01: 02:00 AEST became 03:00 AEDT. Shifting forward by the gap's length keeps the new offset.
    [TestCase("America/New_York", "2021-03-14T02:30:00", "2021-03-14T07:00:00Z", "2021-03-14T07:30:00Z")]
    [TestCase("Europe/London", "2022-03-27T01:30:00", "2022-03-27T01:00:00Z", "2022-03-27T01:30:00Z")]
    [TestCase("Australia/Sydney", "2023-10-01T02:30:00", "2023-09-30T16:00:00Z", "2023-09-30T16:30:00Z")]
    public void A_time_in_a_gap_is_refused_naming_the_transition_unless_shifted_forward(
        string zone, string local, string transition, string shifted)
    {
        var refused = Assert.Throws<InvalidInputException>(() => Resolver.Resolve(new BirthTime(local, zone, null)))!;
        var moved = Resolver.Resolve(new BirthTime(local, zone, null) { Gap = GapResolution.ShiftForward });

        Assert.Multiple(() =>
        {
            var problem = refused.Problems.Single();
            Assert.That((problem.Part, problem.Kind), Is.EqualTo((InputPart.BirthDateTime, ProblemKind.NeverOccurred)));
            Assert.That(problem.Gap!.ZoneId, Is.EqualTo(zone));
            Assert.That(problem.Gap.Transition.ToDateTimeUtc(), Is.EqualTo(Utc(transition)));
            Assert.That(problem.Gap.Local, Is.EqualTo(LocalDateTimePattern.GeneralIso.Parse(local).Value));
            Assert.That(moved.Utc, Is.EqualTo(Utc(shifted)));
            Assert.That(moved.ShiftedFromGap, Is.True);
            Assert.That(moved.Ambiguous, Is.False);
        });
    }

    // tzdata asia, Zone Asia/Kolkata: LMT 5:53:28 until 1854 Jun 28; HMT 5:53:20 until 1870; MMT 5:21:10 until 1906;
    // IST 5:30; +0630 (war time) 1941 Oct – 1942 May 15 and 1942 Sep – 1945 Oct 15.
    [TestCase("1850-06-01T12:00:00", 5 * 3600 + 53 * 60 + 28)]
    [TestCase("1860-06-01T12:00:00", 5 * 3600 + 53 * 60 + 20)]
    [TestCase("1900-06-01T12:00:00", 5 * 3600 + 21 * 60 + 10)]
    [TestCase("1930-06-01T12:00:00", 5 * 3600 + 30 * 60)]
    [TestCase("1942-06-01T12:00:00", 5 * 3600 + 30 * 60)]
    [TestCase("1943-06-01T12:00:00", 6 * 3600 + 30 * 60)]
    [TestCase("1947-08-15T00:00:00", 5 * 3600 + 30 * 60)]
    public void India_before_independence_follows_the_tz_database_history(string local, int offsetSeconds)
    {
        var resolved = Resolver.Resolve(new BirthTime(local, "Asia/Kolkata", null));

        Assert.That(resolved.UtcOffsetSeconds, Is.EqualTo(offsetSeconds));
        Assert.That(resolved.Utc, Is.EqualTo(DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture).AddSeconds(-offsetSeconds)));
    }

    [Test]
    public void Local_mean_time_uses_four_minutes_per_degree_of_the_birth_longitude()
    {
        // Pune, 73.8567° E: 73.8567 × 240 s = 17,725.608 s = 4 h 55 min 25.608 s ahead of UTC.
        var resolved = Resolver.Resolve(new BirthTime("1850-06-01T12:00:00", "Asia/Kolkata", 330, 18.5204, 73.8567)
        {
            Standard = TimeStandard.LocalMeanTime,
        });

        Assert.Multiple(() =>
        {
            Assert.That(resolved.Utc, Is.EqualTo(new DateTime(1850, 6, 1, 7, 4, 34, 392, DateTimeKind.Utc)));
            Assert.That(resolved.Source, Is.EqualTo(TimeSource.LocalMeanTime));
            Assert.That(resolved.UtcOffsetSeconds, Is.EqualTo(17726));
            Assert.That(resolved.TimeZoneId, Is.Null);
        });
    }

    [Test]
    public void Local_mean_time_west_of_greenwich_is_behind_utc()
    {
        var resolved = Resolver.Resolve(new BirthTime("1880-01-01T00:00:00", null, null, 40.7128, -74.0060)
        {
            Standard = TimeStandard.LocalMeanTime,
        });

        // −74.0060 × 240 s = −17,761.44 s.
        Assert.That(resolved.Utc, Is.EqualTo(new DateTime(1880, 1, 1, 4, 56, 1, 440, DateTimeKind.Utc)));
    }

    [Test]
    public void Local_mean_time_without_a_valid_longitude_names_it()
    {
        var refused = Assert.Throws<InvalidInputException>(() =>
            Resolver.Resolve(new BirthTime("1880-01-01T00:00:00", null, null, 40, 200) { Standard = TimeStandard.LocalMeanTime }))!;

        Assert.That(refused.Problems, Is.EqualTo(new[]
        {
            new InputProblem(InputPart.Longitude, ProblemKind.OutOfRange)
            {
                Limits = new ValueLimits(-180, 180), NeededFor = InputPart.TimeStandard,
            },
        }));
    }

    [TestCase("1991-03-25T09:46:00+05:30", "1991-03-25T04:16:00Z")]
    [TestCase("1991-03-25T04:16:00Z", "1991-03-25T04:16:00Z")]
    [TestCase("1991-03-24T23:16:00-05:00", "1991-03-25T04:16:00Z")]
    public void An_offset_inside_the_datetime_beats_tz_and_utc_offset_minutes(string datetime, string utc)
    {
        var resolved = Resolver.Resolve(new BirthTime(datetime, "America/New_York", 60, 40.7, -74.0));

        Assert.That(resolved.Utc, Is.EqualTo(Utc(utc)));
        Assert.That(resolved.Source, Is.EqualTo(TimeSource.GivenOffset));
    }

    [Test]
    public void Tz_beats_utc_offset_minutes()
    {
        var resolved = Resolver.Resolve(new BirthTime("1991-03-25T09:46:00", "Asia/Kolkata", -300));

        Assert.That(resolved.Utc, Is.EqualTo(Utc("1991-03-25T04:16:00Z")));
        Assert.That(resolved.Source, Is.EqualTo(TimeSource.GivenTimeZone));
    }

    [TestCase(1081)]
    [TestCase(-1081)]
    public void Offsets_beyond_18_hours_are_refused(int minutes)
    {
        var refused = Assert.Throws<InvalidInputException>(() => Resolver.Resolve(new BirthTime("1991-03-25T09:46:00", null, minutes)))!;

        Assert.That(refused.Problems, Is.EqualTo(new[]
        {
            new InputProblem(InputPart.UtcOffset, ProblemKind.OutOfRange) { Limits = new ValueLimits(-1080, 1080) },
        }));
    }

    [Test]
    public void Without_a_locator_a_local_time_needs_a_zone()
    {
        var refused = Assert.Throws<InvalidInputException>(() => Resolver.Resolve(new BirthTime("1991-03-25T09:46:00", null, null, 18.5, 73.8)))!;

        Assert.That(refused.Problems, Is.EqualTo(new[] { new InputProblem(InputPart.TimeZone, ProblemKind.Missing) }));
    }

    private static DateTime Utc(string text) =>
        DateTime.Parse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal);
}
