using Jyotishika.Server.Platform.Requests;
using Jyotishika.Engine;
using Jyotishika.Engine.Ephemeris;
using Jyotishika.Server.Features.Ephemeris;
using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Tests.Unit.Ephemeris;

/// <summary>EphemerisService requests to engine queries, with every bad field named in JSON names, and results back.</summary>
public sealed class EphemerisMappingTests
{
    private static readonly DateTime NewYear2026 = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static readonly (string Name, Action<Contract.PositionsRequest> Break, string Field, string Description)[] BadFields =
    [
        ("no start", r => r.Start = string.Empty, "start", "is required: an RFC 3339 instant such as 2026-01-01T00:00:00Z"),
        ("start without offset", r => r.Start = "2026-01-01T00:00:00", "start",
            "must be an RFC 3339 instant with Z or an offset, such as 2026-01-01T00:00:00Z or 2026-01-01T05:30:00+05:30"),
        ("start a date", r => r.Start = "2026-01-01", "start",
            "must be an RFC 3339 instant with Z or an offset, such as 2026-01-01T00:00:00Z or 2026-01-01T05:30:00+05:30"),
        ("end before start", r => r.End = "2025-12-31T00:00:00Z", "end", "must be after start"),
        ("before the ephemeris", r => r.Start = "1799-12-31T00:00:00Z", "start",
            "must be between 1800-01-02 and 2399-12-31 (UTC); the installed ephemeris covers no other dates"),
        ("step 0", r => r.StepSeconds = 0, "stepSeconds", "must be at least 1"),
        ("over a million instants", r => { r.End = "2026-01-13T00:00:00Z"; r.StepSeconds = 1; }, "stepSeconds",
            "gives 1,036,801 instants from start to end; at most 1,000,000 per call (raise stepSeconds or narrow start and end)"),
        ("unspecified body", r => r.Bodies.Add(Contract.Planet.Unspecified), "bodies",
            "must list planets (SUN … PLUTO); empty means the nine grahas"),
        ("unknown body", r => r.Bodies.Add((Contract.Planet)13), "bodies",
            "must list planets (SUN … PLUTO); empty means the nine grahas"),
        ("unknown ayanamsha", r => r.Settings = new() { Ayanamsha = (Contract.Ayanamsha)99 }, "settings.ayanamsha",
            "is not a supported ayanamsha (e.g. LAHIRI, RAMAN, KRISHNAMURTI, TRUE_CITRA)"),
        ("user ayanamsha missing", r => r.Settings = new() { Ayanamsha = Contract.Ayanamsha.UserDefined }, "settings.userAyanamsha",
            "is required when ayanamsha is USER_DEFINED"),
        ("unknown path", r => r.Settings = new() { CalculationPath = (Contract.CalculationPath)7 }, "settings.calculationPath",
            "must be FAST or NATIVE"),
    ];

    [Test]
    public void A_positions_request_becomes_a_query_in_UTC_with_default_settings()
    {
        var query = EphemerisMapping.ToEngine(new Contract.PositionsRequest
        {
            Start = "2026-01-01T00:00:00Z", End = "2026-01-02T05:30:00+05:30", StepSeconds = 3600,
            Bodies = { Contract.Planet.Moon, Contract.Planet.Sun },
        });

        Assert.That(query.Value.Start, Is.EqualTo(NewYear2026));
        Assert.That(query.Value.End, Is.EqualTo(NewYear2026.AddDays(1)), "05:30 at UTC+05:30 is midnight UTC");
        Assert.That(query.Value.StepSeconds, Is.EqualTo(3600));
        Assert.That(query.Value.Bodies, Is.EqualTo(new[] { Graha.Moon, Graha.Sun }));
        Assert.That(query.Value.Settings, Is.EqualTo(ChartSettings.Default));
        Assert.That(query.Value.Path, Is.EqualTo(CalculationPath.Auto));
    }

    [Test]
    public void Settings_reach_the_query()
    {
        var query = EphemerisMapping.ToEngine(new Contract.PositionsRequest
        {
            Start = "2026-01-01T00:00:00Z", End = "2026-01-02T00:00:00Z", StepSeconds = 60,
            Settings = new Contract.EphemerisSettings
            {
                Ayanamsha = Contract.Ayanamsha.Krishnamurti, NodeType = Contract.NodeType.True,
                Positions = Contract.PositionType.Geometric, CalculationPath = Contract.CalculationPath.Native,
            },
        });

        Assert.That(query.Value.Settings.Ayanamsha, Is.EqualTo(Ayanamsha.Krishnamurti));
        Assert.That(query.Value.Settings.NodeType, Is.EqualTo(NodeType.True));
        Assert.That(query.Value.Settings.PositionType, Is.EqualTo(PositionType.Geometric));
        Assert.That(query.Value.Path, Is.EqualTo(CalculationPath.Native));
    }

    private static IEnumerable<TestCaseData> BadRequests() =>
        BadFields.Select(c => new TestCaseData(c.Break, c.Field, c.Description).SetArgDisplayNames(c.Name));

    [TestCaseSource(nameof(BadRequests))]
    public void A_bad_positions_field_is_the_one_violation(Action<Contract.PositionsRequest> breakRequest, string field, string description)
    {
        ArgumentNullException.ThrowIfNull(breakRequest);
        var request = new Contract.PositionsRequest { Start = "2026-01-01T00:00:00Z", End = "2026-01-02T00:00:00Z", StepSeconds = 3600 };
        breakRequest(request);

        var violations = Assert.Throws<InvalidRequestException>(() => EphemerisMapping.ToEngine(request))!.Violations;

        Assert.That(violations, Is.EqualTo(new[] { new InvalidField(field, description) }));
    }

    [TestCase("garbage", "2026-01-02T00:00:00Z", new[] { "start" })]
    [TestCase("2026-01-01T00:00:00Z", "", new[] { "end" })]
    [TestCase("", "", new[] { "start", "end" })]
    public void An_unreadable_end_of_the_range_is_the_only_violation_reported_for_it(string start, string end, string[] fields)
    {
        // A stand-in one second from the readable end keeps the engine's range checks from inventing more problems.
        var request = new Contract.PositionsRequest { Start = start, End = end, StepSeconds = 1 };

        var violations = Assert.Throws<InvalidRequestException>(() => EphemerisMapping.ToEngine(request))!.Violations;

        Assert.That(violations.Select(v => v.Field), Is.EqualTo(fields));
    }

    [Test]
    public void An_events_request_lists_its_kinds_and_refuses_an_unspecified_one()
    {
        var request = new Contract.EventsRequest
        {
            Start = "2026-01-01T00:00:00Z", End = "2026-02-01T00:00:00Z",
            Kinds = { Contract.EventKind.SignIngress, Contract.EventKind.Conjunction },
        };

        Assert.That(EphemerisMapping.ToEngine(request).Value.Kinds, Is.EqualTo(new[] { EventKind.SignIngress, EventKind.Conjunction }));

        request.Kinds.Add(Contract.EventKind.Unspecified);
        var violations = Assert.Throws<InvalidRequestException>(() => EphemerisMapping.ToEngine(request))!.Violations;
        Assert.That(violations.Select(v => v.Field), Is.EqualTo(new[] { "kinds" }));
    }

    [Test]
    public void An_events_range_is_at_most_200_years()
    {
        var request = new Contract.EventsRequest { Start = "1900-01-01T00:00:00Z", End = "2100-01-02T00:00:00Z" };

        var violations = Assert.Throws<InvalidRequestException>(() => EphemerisMapping.ToEngine(request))!.Violations;

        Assert.That(violations, Is.EqualTo(new[] { new InvalidField("end", "must be at most 200 years after start") }));
    }

    [Test]
    public void Positions_name_the_one_based_sign_and_nakshatra_of_each_body()
    {
        var positions = new PositionsAtInstant(
            NewYear2026.AddMilliseconds(500),
            2461041.5,
            [Graha.Sun, Graha.Moon],
            [new BodyPosition(280.5, 0.0001, 0.983, 1.019), new BodyPosition(0.0, -5.1, 0.0026, -13.2)]);

        var contract = EphemerisMapping.ToContract(positions);

        Assert.That(contract.Instant, Is.EqualTo("2026-01-01T00:00:00.5Z"));
        Assert.That(contract.JulianDayUt, Is.EqualTo(2461041.5));
        Assert.That(contract.Positions.Select(p => p.Body), Is.EqualTo(new[] { Contract.Planet.Sun, Contract.Planet.Moon }));

        // 280.5°: Capricorn, the 10th sign; Shravana, the 22nd nakshatra. 0°: Aries and Ashwini.
        Assert.That((contract.Positions[0].SignIndex, contract.Positions[0].NakshatraNumber), Is.EqualTo((10, 22)));
        Assert.That((contract.Positions[1].SignIndex, contract.Positions[1].NakshatraNumber), Is.EqualTo((1, 1)));
        Assert.That((contract.Positions[0].Longitude, contract.Positions[0].Latitude), Is.EqualTo((280.5, 0.0001)));
        Assert.That((contract.Positions[1].Speed, contract.Positions[1].DistanceAu), Is.EqualTo((-13.2, 0.0026)));
    }

    [Test]
    public void A_whole_second_instant_has_no_fraction()
    {
        var positions = new PositionsAtInstant(NewYear2026, 2461041.5, [Graha.Sun], [new BodyPosition(280.5, 0, 1, 1)]);

        Assert.That(EphemerisMapping.ToContract(positions).Instant, Is.EqualTo("2026-01-01T00:00:00Z"));
    }

    [TestCase(4999, "2026-01-14T21:13:43.000Z")]
    [TestCase(5000, "2026-01-14T21:13:43.001Z")]
    public void An_events_instant_is_rounded_to_the_millisecond(long ticks, string expected)
    {
        var found = Ingress(new DateTime(2026, 1, 14, 21, 13, 43, DateTimeKind.Utc).AddTicks(ticks));

        Assert.That(EphemerisMapping.ToContract(found).Instant, Is.EqualTo(expected));
    }

    [Test]
    public void An_event_names_its_sign_and_nakshatra_and_leaves_absent_fields_empty()
    {
        var contract = EphemerisMapping.ToContract(Ingress(NewYear2026));

        Assert.That((contract.Kind, contract.Body, contract.OtherBody),
            Is.EqualTo((Contract.EventKind.SignIngress, Contract.Planet.Sun, Contract.Planet.Unspecified)));
        Assert.That((contract.SignIndex, contract.Sign), Is.EqualTo((10, "Capricorn")));
        Assert.That((contract.NakshatraNumber, contract.Nakshatra), Is.EqualTo((21, "Uttara Ashadha")));
        Assert.That(contract.RetrogradeUntil, Is.Empty);
    }

    [Test]
    public void A_retrograde_station_names_the_next_direct_station()
    {
        var station = Ingress(NewYear2026) with
        {
            Kind = EventKind.StationRetrograde,
            Body = Graha.Mercury,
            Retrograde = true,
            RetrogradeUntil = new DateTime(2026, 1, 25, 12, 54, 52, 695, DateTimeKind.Utc),
        };

        var contract = EphemerisMapping.ToContract(station);

        Assert.That(contract.Kind, Is.EqualTo(Contract.EventKind.StationRetrograde));
        Assert.That(contract.Retrograde, Is.True);
        Assert.That(contract.RetrogradeUntil, Is.EqualTo("2026-01-25T12:54:52.695Z"));
    }

    [Test]
    public void A_conjunction_names_the_other_body()
    {
        var conjunction = Ingress(NewYear2026) with { Kind = EventKind.Conjunction, OtherBody = Graha.Moon };

        Assert.That(EphemerisMapping.ToContract(conjunction).OtherBody, Is.EqualTo(Contract.Planet.Moon));
    }

    private static CelestialEvent Ingress(DateTime utc) => new()
    {
        Kind = EventKind.SignIngress,
        Utc = utc,
        JulianDayUt = 2461055.38,
        Body = Graha.Sun,
        Longitude = 270,
        Sign = 9,
        NakshatraNumber = 21,
        Retrograde = false,
    };
}
