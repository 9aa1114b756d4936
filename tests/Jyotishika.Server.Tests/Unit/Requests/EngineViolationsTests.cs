using Jyotishika.Engine;
using Jyotishika.Engine.Ephemeris;
using Jyotishika.Engine.Panchang;
using Jyotishika.Engine.Time;
using Jyotishika.Engine.Vargas;
using Jyotishika.Server.Platform.Requests;
using NodaTime;

namespace Jyotishika.Server.Tests.Unit.Requests;

/// <summary>
/// The wording table: each problem the engine reports, taken from the engine itself where it can be provoked, becomes
/// the request field and the exact words the API has always used (the golden answers hold the same words).
/// </summary>
public sealed class EngineViolationsTests
{
    private const string Covered = "between 1800-01-02 and 2399-12-31 (UTC)";
    private const string NotCovered = "; the installed ephemeris covers no other dates";

    private static readonly DateTime Noon = new(2000, 1, 1, 12, 0, 0, DateTimeKind.Utc);
    private static readonly ChartInput Chart = new(Noon, 18.52, 73.86, ChartSettings.Default);
    private static readonly PositionsQuery Positions = new(Noon, Noon.AddDays(1), 3600, [Graha.Moon], ChartSettings.Default);
    private static readonly BirthTimeResolver Resolver = new(DateTimeZoneProviders.Tzdb);

    public static IEnumerable<TestCaseData> Wordings()
    {
        yield return Case(
            "instant outside", One(Chart with { UtcInstant = Noon.AddYears(-300) }), "datetime", $"must be {Covered}{NotCovered}");
        yield return Case("instant not UTC", One(Chart with { UtcInstant = DateTime.SpecifyKind(Noon, DateTimeKind.Local) }),
            "datetime", "the instant must be resolved to UTC");
        yield return Case("latitude", One(Chart with { Latitude = 90 }), "latitude",
            "must be a number greater than -90 and less than 90 degrees (the ascendant is undefined at the poles)");
        yield return Case("longitude", One(Chart with { Longitude = 180.5 }), "longitude", "must be a number from -180 to 180 degrees");
        yield return Case("settings", One(Chart with { Settings = null! }), "settings", "is required");
        yield return Case("house system", One(Chart with { Settings = new() { HouseSystem = (HouseSystem)99 } }),
            "houseSystem", "is not a supported house system");
        yield return Case("ayanamsha", One(Chart with { Settings = new() { Ayanamsha = (Ayanamsha)99 } }),
            "ayanamsha", "is not a supported ayanamsha");
        yield return Case("node type", One(Chart with { Settings = new() { NodeType = (NodeType)9 } }), "nodeType", "must be MEAN or TRUE");
        yield return Case("positions", One(Chart with { Settings = new() { PositionType = (PositionType)9 } }),
            "positions", "must be APPARENT or GEOMETRIC");
        yield return Case("user ayanamsha", One(Chart with { Settings = new() { Ayanamsha = Ayanamsha.UserDefined } }),
            "userAyanamsha", "is required when ayanamsha is USER_DEFINED");
        yield return Case("user epoch", One(User(new UserAyanamsha(-1, 23))),
            "userAyanamsha.referenceJulianDay", "must be a Julian day (TT) from 0 to 5000000");
        yield return Case("user degrees", One(User(new UserAyanamsha(2451545, 360))),
            "userAyanamsha.degreesAtReference", "must be a number of degrees between -360 and 360");
        yield return Case("calculation path", One(Chart with { Path = (CalculationPath)9 }), "calculationPath", "must be FAST or NATIVE");
        yield return Case("no house solution",
            new InputProblem(InputPart.HouseSystem, ProblemKind.NoSolution) { HouseSystem = HouseSystem.Koch, Found = -66.123456 },
            "houseSystem",
            "Koch houses have no solution at latitude -66.1235; choose another house system (for example WHOLE_SIGN, EQUAL or PORPHYRY)");

        yield return Case("datetime missing", Refused(() => Resolver.Resolve(new BirthTime(" ", null, null))),
            "datetime", "is required (ISO 8601, e.g. 1991-03-25T09:46:00)");
        yield return Case("datetime malformed", Refused(() => Resolver.Resolve(new BirthTime("25/03/1991", null, 0))),
            "datetime", "is not a valid ISO 8601 date and time (expected e.g. 1991-03-25T09:46:00, optionally with an offset)");
        yield return Case("datetime year", Refused(() => Resolver.Resolve(new BirthTime("1700-01-01T00:00:00Z", null, null))),
            "datetime", $"must be {Covered}");
        yield return Case(
            "datetime in a gap",
            Refused(() => Resolver.Resolve(new BirthTime("2021-03-14T02:30:00", "America/New_York", null))),
            "datetime",
            "2021-03-14T02:30:00 never occurred in America/New_York: at 2021-03-14T07:00:00Z clocks moved from 2021-03-14T02:00:00 " +
            "(UTC-05) to 2021-03-14T03:00:00 (UTC-04); send gap SHIFT_FORWARD to move it forward by the gap's length");
        yield return Case("tz unknown", Refused(() => Resolver.Resolve(new BirthTime("1991-03-25T09:46:00", "Nowhere/Town", null))),
            "tz", "is not a known IANA time-zone name (for example Asia/Kolkata)");
        yield return Case("tz missing", Refused(() => Resolver.Resolve(new BirthTime("1991-03-25T09:46:00", null, null))),
            "tz", "tz (an IANA zone such as Asia/Kolkata) or utcOffsetMinutes is required when datetime has no offset");
        yield return Case("utc offset", Refused(() => Resolver.Resolve(new BirthTime("1991-03-25T09:46:00", null, 1081))),
            "utcOffsetMinutes", "must be from -1080 to 1080 minutes");
        yield return Case("latitude for local mean time",
            Refused(() => Resolver.Resolve(
                new BirthTime("1880-01-01T00:00:00", null, null, 91, 0) { Standard = TimeStandard.LocalMeanTime })),
            "latitude",
            "must be a number greater than -90 and less than 90 degrees (the ascendant is undefined at the poles), " +
            "needed for local mean time");
        yield return Case("longitude to infer the zone",
            GeoCoordinates.Validate(0, 200).Single() with { NeededFor = InputPart.TimeZone },
            "longitude", "must be a number from -180 to 180 degrees, needed to infer the time zone; or give tz or utcOffsetMinutes");

        var day = new PanchangInput(new LocalDate(2024, 4, 9), 28.6, 77.2, DateTimeZone.Utc, ChartSettings.Default);
        yield return Case("panchang date", One(day with { Date = new LocalDate(1800, 2, 10) }),
            "date", $"must be between 1800-02-11 and 2399-11-21{NotCovered}");
        yield return Case("panchang zone", One(day with { Zone = null! }), "timeZone", "is required");
        yield return Case(
            "rise convention", One(day with { Rise = (RiseConvention)9 }), "riseConvention", "is not a supported rise convention");

        yield return Case("start outside", One(Positions with { Start = Noon.AddYears(-300) }), "start", $"must be {Covered}{NotCovered}");
        yield return Case("end not after start", One(Positions with { End = Noon }), "end", "must be after start");
        yield return Case("step", One(Positions with { StepSeconds = 0 }), "stepSeconds", "must be at least 1");
        yield return Case("too many instants", One(Positions with { End = Noon.AddDays(12), StepSeconds = 1 }), "stepSeconds",
            "gives 1,036,801 instants from start to end; at most 1,000,000 per call (raise stepSeconds or narrow start and end)");
        yield return Case("bodies", One(Positions with { Bodies = [(Graha)99] }),
            "bodies", "must list planets (SUN … PLUTO); empty means the nine grahas");
        var events = new EventsQuery(Noon, Noon.AddDays(1), [Graha.Moon], [], ChartSettings.Default);
        yield return Case("events too long", One(events with { End = Noon.AddYears(201) }), "end", "must be at most 200 years after start");
        yield return Case("kinds", One(events with { Kinds = [(EventKind)0] }), "kinds",
            "must list event kinds (SIGN_INGRESS, NAKSHATRA_CHANGE, STATION_RETROGRADE, STATION_DIRECT, CONJUNCTION); empty means all");
        yield return Case(
            "beyond the ephemeris",
            new InputProblem(InputPart.End, ProblemKind.BeyondEphemeris) { Dates = SupportedRange.Dates },
            "end", $"must be {Covered}{NotCovered}");

        var julianDays = new InputProblem(InputPart.JulianDays, ProblemKind.OutsideEphemeris)
        {
            Dates = SupportedRange.Dates, Limits = SupportedRange.JulianDays, Index = 3,
        };
        yield return Case("julian days", julianDays, "julianDays[3]",
            $"must be a Julian day (UT) from 2378497.5 to 2597641.5 ({Covered})");
        yield return Case("julian day", julianDays with { Part = InputPart.JulianDay, Index = null }, "julianDay",
            $"must be a Julian day from 2378497.5 to 2597641.5 ({Covered})");
        yield return Case("graha", new InputProblem(InputPart.Graha, ProblemKind.Unsupported), "graha", "is not a supported body");

        yield return Case("division", Refused(() => DivisionalChart.Of(10, 301)), "vargas", "division 301 is outside 1..300");
        yield return Case("unnamed varga", Refused(() => DivisionalChart.Of(10, (Varga)13)), "vargas", "13 is not a named varga");
        yield return Case("no classical rule", Refused(() => DivisionalChart.Of(10, 13, VargaScheme.Classical)),
            "vargas", "D13 has no classical rule; ask for parivritti");
        yield return Case("varga scheme", Refused(() => DivisionalChart.Of(10, 13, (VargaScheme)7)), "vargas", "unknown varga scheme 7");
    }

    [TestCaseSource(nameof(Wordings))]
    public void A_problem_becomes_its_field_and_the_words_the_API_uses(InputProblem problem, string field, string description) =>
        Assert.That(EngineViolations.ToField(problem), Is.EqualTo(new InvalidField(field, description)));

    [Test]
    public void A_field_prefix_places_every_part_inside_a_larger_request()
    {
        var problems = ChartInputValidator.Validate(Chart with { Latitude = 90, Settings = new() { NodeType = (NodeType)9 } }, out _);

        var fields = EngineViolations.ToFields(problems, "profile.birth.").Select(v => v.Field);

        Assert.That(fields, Is.EqualTo(new[] { "profile.birth.latitude", "profile.birth.nodeType" }));
    }

    [Test]
    public void A_settings_prefix_moves_only_the_settings_parts()
    {
        var problems = EphemerisQueryValidator.Validate(
            Positions with { StepSeconds = 0, Settings = new() { Ayanamsha = Ayanamsha.UserDefined }, Path = (CalculationPath)9 }, out _);
        var missing = EphemerisQueryValidator.Validate(Positions with { Settings = null! }, out _);

        var fields = EngineViolations.ToFields(problems.Concat(missing), "batch.", "settings.").Select(v => v.Field);

        Assert.That(fields, Is.EqualTo(new[]
        {
            "batch.stepSeconds", "batch.settings.userAyanamsha", "batch.settings.calculationPath", "batch.settings",
        }));
    }

    [Test]
    public void An_engine_refusal_becomes_a_request_refusal_with_every_field()
    {
        var refused = new InvalidInputException(ChartInputValidator.Validate(Chart with { Latitude = 90, Longitude = 200 }, out _));

        var request = EngineViolations.ToRequestException(refused);

        Assert.That(request.Violations.Select(v => v.Field), Is.EqualTo(new[] { "latitude", "longitude" }));
    }

    private static TestCaseData Case(string name, InputProblem problem, string field, string description) =>
        new TestCaseData(problem, field, description).SetArgDisplayNames(name);

    private static ChartInput User(UserAyanamsha user) =>
        Chart with { Settings = new() { Ayanamsha = Ayanamsha.UserDefined, UserAyanamsha = user } };

    private static InputProblem One(ChartInput input) => ChartInputValidator.Validate(input, out _).Single();

    private static InputProblem One(PanchangInput input) => PanchangInputValidator.Validate(input, out _).Single();

    private static InputProblem One(PositionsQuery query) => EphemerisQueryValidator.Validate(query, out _).Single();

    private static InputProblem One(EventsQuery query) => EphemerisQueryValidator.Validate(query, out _).Single();

    private static InputProblem Refused(Action call) => Assert.Throws<InvalidInputException>(() => call())!.Problems.Single();
}
