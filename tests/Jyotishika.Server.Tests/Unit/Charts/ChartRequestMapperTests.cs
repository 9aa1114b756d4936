using Jyotishika.Server.Platform.Requests;
using Jyotishika.Engine;
using Jyotishika.Engine.Time;
using Jyotishika.Server.Features.Charts;
using Jyotishika.Server.Tests.Infrastructure;
using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Tests.Unit.Charts;

/// <summary>
/// A contract chart request to engine input: the birth time resolved to UTC, the defaults filled in, and every bad field
/// named (in JSON names, with the wording the golden answers pin) in one refusal.
/// </summary>
public sealed class ChartRequestMapperTests
{
    private static readonly (string Name, Action<Contract.ChartRequest> Break, string Field, string Description)[] BadFields =
    [
        ("latitude 95", r => r.Latitude = 95, "latitude",
            "must be a number greater than -90 and less than 90 degrees (the ascendant is undefined at the poles)"),
        ("latitude NaN", r => r.Latitude = double.NaN, "latitude",
            "must be a number greater than -90 and less than 90 degrees (the ascendant is undefined at the poles)"),
        ("latitude missing", r => r.ClearLatitude(), "latitude", "is required (degrees, north positive, between -90 and 90)"),
        ("longitude infinite", r => r.Longitude = double.PositiveInfinity, "longitude", "must be a number from -180 to 180 degrees"),
        ("unknown house system", r => r.HouseSystem = (Contract.HouseSystem)999, "houseSystem",
            "is not a supported house system (e.g. WHOLE_SIGN, PLACIDUS, KOCH, EQUAL)"),
        ("unknown ayanamsha", r => r.Ayanamsha = (Contract.Ayanamsha)48, "ayanamsha",
            "is not a supported ayanamsha (e.g. LAHIRI, RAMAN, KRISHNAMURTI, TRUE_CITRA)"),
        ("unknown node type", r => r.NodeType = (Contract.NodeType)7, "nodeType", "must be MEAN or TRUE"),
        ("unknown position type", r => r.Positions = (Contract.PositionType)3, "positions", "must be APPARENT or GEOMETRIC"),
        ("unknown calculation path", r => r.CalculationPath = (Contract.CalculationPath)9, "calculationPath", "must be FAST or NATIVE"),
        ("unknown fold", r => r.Fold = (Contract.Fold)5, "fold", "must be EARLIER or LATER"),
        ("unknown gap resolution", r => r.Gap = (Contract.GapResolution)5, "gap", "must be REJECT or SHIFT_FORWARD"),
        ("unknown time standard", r => r.TimeStandard = (Contract.TimeStandard)5, "timeStandard", "must be ZONE_TIME or LOCAL_MEAN_TIME"),
        ("month 13", r => r.Datetime = "1991-13-45T09:46:00", "datetime",
            "is not a valid ISO 8601 date and time (expected e.g. 1991-03-25T09:46:00, optionally with an offset)"),
        ("unknown zone", r => r.Tz = "Nowhere/Special", "tz", "is not a known IANA time-zone name (for example Asia/Kolkata)"),
        ("offset beyond 18 h", r => { r.Tz = string.Empty; r.UtcOffsetMinutes = -1200; }, "utcOffsetMinutes",
            "must be from -1080 to 1080 minutes"),
        ("user ayanamsha missing", r => r.Ayanamsha = Contract.Ayanamsha.UserDefined, "userAyanamsha",
            "is required when ayanamsha is USER_DEFINED"),
        ("user ayanamsha of 400 degrees", r =>
        {
            r.Ayanamsha = Contract.Ayanamsha.UserDefined;
            r.UserAyanamsha = new Contract.UserAyanamsha { ReferenceJulianDay = 2451545, DegreesAtReference = 400 };
        }, "userAyanamsha.degreesAtReference", "must be a number of degrees between -360 and 360"),
        ("varga 0", r => r.Vargas.Add(0), "vargas", "0 is not a division: each must be from 1 to 300"),
        ("33 vargas", r => r.Vargas.AddRange(Enumerable.Range(1, 33)), "vargas", "must list at most 32 divisions"),
    ];

    private static ChartRequestMapper Mapper => InProcessServices.Get<ChartRequestMapper>();

    [Test]
    public void Local_time_in_Asia_Kolkata_is_the_UTC_instant_five_and_a_half_hours_earlier()
    {
        var (input, time) = Mapper.Map(ChartRequests.Pune1991());

        // India Standard Time has been UTC+05:30 without daylight saving since 1945.
        Assert.That(input.Value.UtcInstant, Is.EqualTo(new DateTime(1991, 3, 25, 4, 16, 0, DateTimeKind.Utc)));
        Assert.That(input.Value.UtcInstant.Kind, Is.EqualTo(DateTimeKind.Utc));
        Assert.That(time.UtcOffsetSeconds, Is.EqualTo(5 * 3600 + 30 * 60));
        Assert.That(time.TimeZoneId, Is.EqualTo("Asia/Kolkata"));
        Assert.That(time.Source, Is.EqualTo(TimeSource.GivenTimeZone));
        Assert.That(time.LocalDateTime, Is.EqualTo("1991-03-25T09:46:00"));
        Assert.That((input.Value.Latitude, input.Value.Longitude), Is.EqualTo((18.5204, 73.8567)));
    }

    [Test]
    public void Unset_settings_take_the_older_systems_defaults()
    {
        var request = new Contract.ChartRequest
        {
            Datetime = "1991-03-25T09:46:00", Tz = "Asia/Kolkata", Latitude = 18.5, Longitude = 73.8,
        };

        var (input, _) = Mapper.Map(request);

        Assert.That(input.Value.Settings, Is.EqualTo(new ChartSettings
        {
            HouseSystem = HouseSystem.WholeSign,
            Ayanamsha = Ayanamsha.Lahiri,
            NodeType = NodeType.Mean,
            PositionType = PositionType.Apparent,
            IncludeOuterPlanets = false,
        }));
        Assert.That(input.Value.Path, Is.EqualTo(CalculationPath.Auto));
    }

    [Test]
    public void Requested_settings_reach_the_engine()
    {
        var request = ChartRequests.Pune1991();
        request.HouseSystem = Contract.HouseSystem.Placidus;
        request.Ayanamsha = Contract.Ayanamsha.UserDefined;
        request.UserAyanamsha = new Contract.UserAyanamsha { ReferenceJulianDay = 2451545, DegreesAtReference = 23.85 };
        request.NodeType = Contract.NodeType.True;
        request.Positions = Contract.PositionType.Geometric;
        request.IncludeOuterPlanets = true;
        request.CalculationPath = Contract.CalculationPath.Native;

        var (input, _) = Mapper.Map(request);

        Assert.That(input.Value.Settings.HouseSystem, Is.EqualTo(HouseSystem.Placidus));
        Assert.That(input.Value.Settings.Ayanamsha, Is.EqualTo(Ayanamsha.UserDefined));
        Assert.That(input.Value.Settings.UserAyanamsha, Is.EqualTo(new UserAyanamsha(2451545, 23.85)));
        Assert.That(input.Value.Settings.NodeType, Is.EqualTo(NodeType.True));
        Assert.That(input.Value.Settings.PositionType, Is.EqualTo(PositionType.Geometric));
        Assert.That(input.Value.Settings.IncludeOuterPlanets, Is.True);
        Assert.That(input.Value.Path, Is.EqualTo(CalculationPath.Native));
    }

    [Test]
    public void An_offset_inside_the_datetime_takes_precedence_over_tz()
    {
        var request = ChartRequests.Pune1991();
        request.Datetime = "1991-03-25T09:46:00+05:30";
        request.Tz = "America/New_York";

        var (input, time) = Mapper.Map(request);

        Assert.That(input.Value.UtcInstant, Is.EqualTo(new DateTime(1991, 3, 25, 4, 16, 0, DateTimeKind.Utc)));
        Assert.That(time.Source, Is.EqualTo(TimeSource.GivenOffset));
        Assert.That(time.TimeZoneId, Is.Null);
    }

    [Test]
    public void Without_tz_a_fixed_utcOffsetMinutes_applies()
    {
        var request = ChartRequests.Pune1991();
        request.Tz = string.Empty;
        request.UtcOffsetMinutes = -300;

        var (input, time) = Mapper.Map(request);

        Assert.That(input.Value.UtcInstant, Is.EqualTo(new DateTime(1991, 3, 25, 14, 46, 0, DateTimeKind.Utc)));
        Assert.That(time.Source, Is.EqualTo(TimeSource.GivenUtcOffsetMinutes));
        Assert.That(time.UtcOffsetSeconds, Is.EqualTo(-300 * 60));
    }

    [Test]
    public void Without_any_zone_the_zone_is_inferred_from_the_coordinates()
    {
        var request = ChartRequests.Pune1991();
        request.Tz = string.Empty;

        var (input, time) = Mapper.Map(request);

        Assert.That(time.Source, Is.EqualTo(TimeSource.Inferred));
        Assert.That(time.TimeZoneId, Is.EqualTo("Asia/Kolkata"));
        Assert.That(time.Inference?.Nearest?.Place.CountryCode, Is.EqualTo("IN"));
        Assert.That(input.Value.UtcInstant, Is.EqualTo(new DateTime(1991, 3, 25, 4, 16, 0, DateTimeKind.Utc)));
    }

    [Test]
    public void Local_mean_time_is_four_minutes_per_degree_of_longitude()
    {
        var request = ChartRequests.Pune1991();
        request.TimeStandard = Contract.TimeStandard.LocalMeanTime;

        var (input, time) = Mapper.Map(request);

        // 73.8567° × 240 s/° = 17,725.608 s ahead of Greenwich mean time.
        var expected = new DateTime(1991, 3, 25, 9, 46, 0, DateTimeKind.Utc) - TimeSpan.FromSeconds(17_725.608);
        Assert.That(input.Value.UtcInstant, Is.EqualTo(expected).Within(TimeSpan.FromMilliseconds(1)));
        Assert.That(time.Source, Is.EqualTo(TimeSource.LocalMeanTime));
        Assert.That(time.UtcOffsetSeconds, Is.EqualTo(17_726));
    }

    [TestCase(Contract.Fold.Unspecified, 5)]
    [TestCase(Contract.Fold.Earlier, 5)]
    [TestCase(Contract.Fold.Later, 6)]
    public void A_local_time_that_happened_twice_takes_the_requested_fold(Contract.Fold fold, int utcHour)
    {
        // New York left daylight saving at 02:00 EDT on 2021-11-07: 01:30 came once at UTC-4 and again at UTC-5.
        var request = new Contract.ChartRequest
        {
            Datetime = "2021-11-07T01:30:00", Tz = "America/New_York", Latitude = 40.7, Longitude = -74, Fold = fold,
        };

        var (input, time) = Mapper.Map(request);

        Assert.That(input.Value.UtcInstant, Is.EqualTo(new DateTime(2021, 11, 7, utcHour, 30, 0, DateTimeKind.Utc)));
        Assert.That(time.Ambiguous, Is.True);
        Assert.That(time.FoldUsed, Is.EqualTo(fold == Contract.Fold.Later ? Fold.Later : Fold.Earlier));
    }

    [Test]
    public void A_local_time_that_never_happened_is_refused_naming_the_gap()
    {
        var request = new Contract.ChartRequest
        {
            Datetime = "2021-03-14T02:30:00", Tz = "America/New_York", Latitude = 40.71, Longitude = -74.01,
        };

        var violations = Refusal(request);

        Assert.That(violations, Is.EqualTo(new[]
        {
            new InvalidField(
                "datetime",
                "2021-03-14T02:30:00 never occurred in America/New_York: at 2021-03-14T07:00:00Z clocks moved from " +
                "2021-03-14T02:00:00 (UTC-05) to 2021-03-14T03:00:00 (UTC-04); send gap SHIFT_FORWARD to move it forward " +
                "by the gap's length"),
        }));
    }

    [Test]
    public void Shift_forward_moves_a_time_in_the_gap_by_the_gaps_length()
    {
        var request = new Contract.ChartRequest
        {
            Datetime = "2021-03-14T02:30:00", Tz = "America/New_York", Latitude = 40.71, Longitude = -74.01,
            Gap = Contract.GapResolution.ShiftForward,
        };

        var (input, time) = Mapper.Map(request);

        // 02:30 becomes 03:30 EDT (UTC-4).
        Assert.That(input.Value.UtcInstant, Is.EqualTo(new DateTime(2021, 3, 14, 7, 30, 0, DateTimeKind.Utc)));
        Assert.That(time.ShiftedFromGap, Is.True);
    }

    [Test]
    public void An_empty_request_names_latitude_longitude_and_datetime_in_that_order()
    {
        var violations = Refusal(new Contract.ChartRequest());

        Assert.That(violations, Is.EqualTo(new[]
        {
            new InvalidField("latitude", "is required (degrees, north positive, between -90 and 90)"),
            new InvalidField("longitude", "is required (degrees, east positive, -180 to 180)"),
            new InvalidField("datetime", "is required (ISO 8601, e.g. 1991-03-25T09:46:00)"),
        }));
    }

    [Test]
    public void Several_bad_fields_are_all_named_once()
    {
        var request = new Contract.ChartRequest { Datetime = "1991-13-45", Latitude = 95, Longitude = -181, Tz = "Asia/Kolkata" };

        var violations = Refusal(request);

        Assert.That(violations.Select(v => v.Field), Is.EqualTo(new[] { "latitude", "longitude", "datetime" }));
        Assert.That(violations[0].Description, Is.EqualTo(
            "must be a number greater than -90 and less than 90 degrees (the ascendant is undefined at the poles)"));
        Assert.That(violations[1].Description, Is.EqualTo("must be a number from -180 to 180 degrees"));
    }

    private static IEnumerable<TestCaseData> BadRequests() =>
        BadFields.Select(c => new TestCaseData(c.Break, c.Field, c.Description).SetArgDisplayNames(c.Name));

    [TestCaseSource(nameof(BadRequests))]
    public void A_bad_field_is_the_one_violation_named_as_in_JSON(
        Action<Contract.ChartRequest> breakRequest, string field, string description)
    {
        ArgumentNullException.ThrowIfNull(breakRequest);
        var request = ChartRequests.Pune1991();
        breakRequest(request);

        Assert.That(Refusal(request), Is.EqualTo(new[] { new InvalidField(field, description) }));
    }

    private static IReadOnlyList<InvalidField> Refusal(Contract.ChartRequest request) =>
        Assert.Throws<InvalidRequestException>(() => Mapper.Map(request))!.Violations;
}
