using Jyotishika.Engine;
using Jyotishika.Engine.Places;
using Jyotishika.Engine.Time;
using Jyotishika.Server.Platform.Requests;
using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Tests.Unit.Requests;

/// <summary>The birth-time fields every birth-taking request carries: contract to engine and the resolved time back.</summary>
public sealed class BirthTimeMappingTests
{
    [Test]
    public void The_fields_are_carried_over_and_unspecified_options_take_their_defaults()
    {
        var violations = new RequestViolations();

        var birth = BirthTimeMapping.ToEngine(
            "1991-03-25T09:46:00", "Asia/Kolkata", 330, Contract.Fold.Unspecified, Contract.GapResolution.Unspecified,
            Contract.TimeStandard.Unspecified, 18.5204, 73.8567, violations);

        Assert.That(birth, Is.EqualTo(new BirthTime("1991-03-25T09:46:00", "Asia/Kolkata", 330, 18.5204, 73.8567)
        {
            Fold = Fold.Earlier, Gap = GapResolution.Reject, Standard = TimeStandard.ZoneTime,
        }));
        Assert.That(violations.All, Is.Empty);
    }

    [Test]
    public void The_chosen_options_reach_the_engine()
    {
        var violations = new RequestViolations();

        var birth = BirthTimeMapping.ToEngine(
            "1991-03-25T09:46:00", string.Empty, null, Contract.Fold.Later, Contract.GapResolution.ShiftForward,
            Contract.TimeStandard.LocalMeanTime, double.NaN, double.NaN, violations);

        Assert.That(
            (birth.Fold, birth.Gap, birth.Standard), Is.EqualTo((Fold.Later, GapResolution.ShiftForward, TimeStandard.LocalMeanTime)));
        Assert.That(birth.UtcOffsetMinutes, Is.Null);
        Assert.That(violations.All, Is.Empty);
    }

    [Test]
    public void Unknown_option_numbers_are_named_and_replaced_by_their_defaults()
    {
        var violations = new RequestViolations();

        var birth = BirthTimeMapping.ToEngine(
            "1991-03-25T09:46:00", "UTC", null, (Contract.Fold)3, (Contract.GapResolution)3, (Contract.TimeStandard)3, 0, 0, violations);

        Assert.That((birth.Fold, birth.Gap, birth.Standard), Is.EqualTo((Fold.Earlier, GapResolution.Reject, TimeStandard.ZoneTime)));
        Assert.That(violations.All, Is.EqualTo(new[]
        {
            new InvalidField("fold", "must be EARLIER or LATER"),
            new InvalidField("gap", "must be REJECT or SHIFT_FORWARD"),
            new InvalidField("timeStandard", "must be ZONE_TIME or LOCAL_MEAN_TIME"),
        }));
    }

    [Test]
    public void A_resolved_time_is_echoed_with_its_source_and_julian_day()
    {
        var utc = new DateTime(1991, 3, 25, 4, 16, 0, DateTimeKind.Utc);
        var time = new ResolvedBirthTime(utc, 19_800, "Asia/Kolkata", TimeSource.GivenTimeZone, false, "1991-03-25T09:46:00");

        var contract = BirthTimeMapping.ToContract(time, 2448340.677783012, TimeScale.Ut1);

        Assert.That(contract, Is.EqualTo(new Contract.ResolvedTime
        {
            Utc = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTime(utc),
            UtcOffsetSeconds = 19_800,
            TimeZone = "Asia/Kolkata",
            Source = Contract.TimeSource.GivenTz,
            JulianDayUt = 2448340.677783012,
            TimeScale = Contract.TimeScale.Ut1,
            LocalDatetime = "1991-03-25T09:46:00",
        }));
        Assert.That(contract.HasFold, Is.False, "a time that happened once has no fold");
    }

    [Test]
    public void A_time_without_a_zone_name_echoes_an_empty_zone()
    {
        var time = new ResolvedBirthTime(DateTime.UnixEpoch, 3600, null, TimeSource.GivenOffset, false, "1970-01-01T01:00:00+01:00");

        var contract = BirthTimeMapping.ToContract(time, 2440587.5, TimeScale.Ut1);

        Assert.That((contract.TimeZone, contract.Source), Is.EqualTo((string.Empty, Contract.TimeSource.GivenOffset)));
    }

    [Test]
    public void An_ambiguous_or_shifted_time_says_which_occurrence_was_taken()
    {
        var time = new ResolvedBirthTime(
            new DateTime(2021, 11, 7, 6, 30, 0, DateTimeKind.Utc), -18_000, "America/New_York", TimeSource.GivenTimeZone, true,
            "2021-11-07T01:30:00", FoldUsed: Fold.Later, ShiftedFromGap: false);

        var contract = BirthTimeMapping.ToContract(time, 2459525.770833, TimeScale.Ut1);

        Assert.That((contract.Ambiguous, contract.Fold, contract.ShiftedFromGap), Is.EqualTo((true, Contract.Fold.Later, false)));
    }

    [Test]
    public void An_inferred_zone_names_the_place_it_was_inferred_from()
    {
        var pune = new Place(1259229, "Pune", "Maharashtra", "IN", "India", 18.51957, 73.85535, "Asia/Kolkata", 3124458);
        var time = new ResolvedBirthTime(
            new DateTime(1991, 3, 25, 4, 16, 0, DateTimeKind.Utc),
            19_800,
            "Asia/Kolkata",
            TimeSource.Inferred,
            false,
            "1991-03-25T09:46:00",
            Inference: new ZoneInference("Asia/Kolkata", new NearestPlace(pune, 0.49)));

        var contract = BirthTimeMapping.ToContract(time, 2448340.677783012, TimeScale.Ut1);

        Assert.That(contract.Source, Is.EqualTo(Contract.TimeSource.Inferred));
        Assert.That(contract.InferredFrom, Is.EqualTo(
            new Contract.InferredFrom { Name = "Pune", Region = "Maharashtra", CountryCode = "IN", DistanceKm = 0.49 }));
    }
}
