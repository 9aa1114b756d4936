using System.Text.Json;
using Grpc.Core;
using Jyotishika.Server.Tests.Infrastructure;
using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Tests;

/// <summary>
/// DoshaService through the real server: hand-checked charts typed as placements over gRPC and REST, the Sade Sati
/// timeline of a real birth against Saturn's ingresses from swetest, and each refusal naming its field.
/// </summary>
public sealed class DoshaEndpointTests
{
    /// <summary>Saturn's sign ingresses, Lahiri, to the minute: swetest 2.10.03 -p6 -sid1 -s1m -fTl stepping minutes in UT.</summary>
    private static readonly DateTime[] SwetestIngresses =
    [
        Utc(2002, 7, 23, 2, 40), // Gemini
        Utc(2003, 1, 8, 8, 23), // back to Taurus
        Utc(2003, 4, 7, 14, 43), // Gemini again
        Utc(2004, 9, 5, 23, 5), // Cancer
        Utc(2005, 1, 13, 9, 35), // back to Gemini
        Utc(2005, 5, 26, 1, 54), // Cancer again
        Utc(2006, 11, 1, 1, 44), // Leo
        Utc(2007, 1, 10, 12, 33), // back to Cancer
        Utc(2007, 7, 15, 23, 16), // Leo again
        Utc(2009, 9, 9, 18, 31), // Virgo
        Utc(2022, 4, 29, 2, 24), // Aquarius
        Utc(2022, 7, 12, 9, 19), // back to Capricorn
        Utc(2023, 1, 17, 12, 35), // Aquarius again
        Utc(2025, 3, 29, 16, 16), // Pisces
    ];

    /// <summary>The ingresses above are at whole minutes; the engine's instants are to the second or better.</summary>
    private static readonly TimeSpan IngressTolerance = TimeSpan.FromMinutes(2);

    private static Contract.DoshaService.DoshaServiceClient Client => new(ServerFixture.Grpc);

    [Test]
    public async Task Mars_in_the_7th_from_the_ascendant_is_manglik_from_each_reference_that_counts_it()
    {
        // Aries rising, Mars in Libra: the 7th from the ascendant, the 4th from the Moon in Cancer, the 11th from Venus in
        // Sagittarius. Libra is neither Mars's own nor its exaltation sign, no house-sign exception pairs the 7th with
        // Libra, and Jupiter in Taurus neither joins nor aspects it (its 5th, 7th, 9th: Virgo, Scorpio, Capricorn).
        var response = await Client.ComputeDoshasAsync(new Contract.DoshaRequest
        {
            Placements = Placements(ascendant: 0, sun: 10, moon: 3, mars: 6, mercury: 10, jupiter: 1, venus: 8, saturn: 9, rahu: 4),
        });

        var placements = response.Manglik.Placements.Select(p => (p.Reference, p.House, p.Present, p.Exceptions.Count));
        Assert.That(placements, Is.EqualTo(new[]
        {
            (Contract.ManglikReference.Ascendant, 7, true, 0),
            (Contract.ManglikReference.Moon, 4, true, 0),
            (Contract.ManglikReference.Venus, 11, false, 0),
        }));
        Assert.That((response.Manglik.Present, response.Manglik.PresentWithoutException), Is.EqualTo((true, true)));
        Assert.That(response.Manglik.Rule.Name, Is.EqualTo("MANGLIK"));
        Assert.That(response.SadeSati, Is.Null, "placements have no birth instant to follow Saturn from");
        Assert.That(response.ChartSettings, Is.Null);
    }

    [Test]
    public async Task Exalted_Mars_in_the_7th_is_present_with_its_exceptions_cited()
    {
        // Cancer rising, Mars in Capricorn (the 7th): exalted (BPHS ch. 3), and Capricorn is the 7th's pair in Raman's list;
        // Jupiter in Gemini neither joins nor aspects it.
        var response = await Client.ComputeDoshasAsync(new Contract.DoshaRequest
        {
            Placements = Placements(ascendant: 3, sun: 0, moon: 0, mars: 9, mercury: 0, jupiter: 2, venus: 1, saturn: 4, rahu: 2),
        });

        var ascendant = response.Manglik.Placements[0];
        Assert.That((ascendant.House, ascendant.Present), Is.EqualTo((7, true)));
        Assert.That(ascendant.Exceptions.Select(rule => rule.Name), Is.EqualTo(new[] { "HOUSE_SIGN_EXCEPTION", "MARS_EXALTED" }));
        Assert.That(ascendant.Exceptions, Has.All.Matches<Contract.DoshaRule>(rule => rule.Source.Length > 0));
    }

    [Test]
    public async Task All_seven_between_Rahu_in_the_3rd_and_Ketu_is_a_full_Vasuki_kaal_sarp()
    {
        // Aries rising, Rahu in Gemini (the 3rd), Ketu in Sagittarius: the seven in Cancer … Scorpio, forward from Rahu.
        var request = new Contract.DoshaRequest
        {
            Placements = Placements(ascendant: 0, sun: 3, moon: 4, mars: 5, mercury: 3, jupiter: 6, venus: 7, saturn: 7, rahu: 2),
        };

        var full = (await Client.ComputeDoshasAsync(request)).KaalSarp;
        request.Placements.Grahas[6].Sign = 11;
        var partial = (await Client.ComputeDoshasAsync(request)).KaalSarp;

        Assert.That((full.Present, full.Form, full.Half, full.Type, full.RahuHouse), Is.EqualTo(
            (true, Contract.KaalSarpForm.Full, Contract.KaalSarpHalf.RahuToKetu, Contract.KaalSarpType.Vasuki, 3)));
        Assert.That(full.Outside, Is.Empty);
        Assert.That(full.ByLongitude, Is.False, "no degrees typed: signs are compared");
        Assert.That((partial.Present, partial.Form, partial.Outside.Single()),
            Is.EqualTo((true, Contract.KaalSarpForm.Partial, Contract.Planet.Saturn)),
            "Saturn moved to Pisces, on the Ketu → Rahu side");
    }

    [Test]
    public async Task A_graha_in_Rahus_sign_counts_inside_by_default_and_outside_when_asked()
    {
        // As above with the Sun in Gemini, Rahu's own sign: on the axis.
        var request = new Contract.DoshaRequest
        {
            Placements = Placements(ascendant: 0, sun: 2, moon: 4, mars: 5, mercury: 3, jupiter: 6, venus: 7, saturn: 7, rahu: 2),
        };

        var inside = (await Client.ComputeDoshasAsync(request)).KaalSarp;
        request.Settings = new Contract.DoshaSettings { KaalSarpOnAxis = Contract.KaalSarpAxis.Outside };
        var outside = await Client.ComputeDoshasAsync(request);

        Assert.That((inside.Form, inside.OnAxis.Single()), Is.EqualTo((Contract.KaalSarpForm.Full, Contract.Planet.Sun)));
        Assert.That((outside.KaalSarp.Form, outside.KaalSarp.Outside.Single()),
            Is.EqualTo((Contract.KaalSarpForm.Partial, Contract.Planet.Sun)));
        Assert.That(outside.Settings.KaalSarpOnAxis, Is.EqualTo(Contract.KaalSarpAxis.Outside));
    }

    [Test]
    public async Task Jupiter_with_Rahu_is_guru_chandala_and_the_node_in_the_9th_pitra_dosha_as_configured()
    {
        // Aries rising; Jupiter and Rahu in Gemini, Ketu in Sagittarius (the 9th); the Sun with Saturn in Leo.
        var request = new Contract.DoshaRequest
        {
            Placements = Placements(ascendant: 0, sun: 4, moon: 0, mars: 1, mercury: 4, jupiter: 2, venus: 5, saturn: 4, rahu: 2),
        };

        var defaults = await Client.ComputeDoshasAsync(request);
        request.Settings = new Contract.DoshaSettings { PitraIncludeKetu = false, PitraIncludeSaturn = true };
        var changed = await Client.ComputeDoshasAsync(request);

        var guruChandala = defaults.GuruChandala;
        Assert.That((guruChandala.Present, guruChandala.WithRahu, guruChandala.WithKetu), Is.EqualTo((true, true, false)));
        Assert.That(defaults.Pitra.Rules.Select(rule => rule.Name), Is.EqualTo(new[] { "KETU_IN_NINTH" }));
        Assert.That(changed.Pitra.Rules.Select(rule => rule.Name), Is.EqualTo(new[] { "SUN_WITH_SATURN" }));
        Assert.That(changed.Settings.PitraIncludeKetu, Is.False);
    }

    [Test]
    public async Task A_births_sade_sati_follows_Saturns_ingresses_from_the_Moons_sign()
    {
        // Pune 1991: Moon at 95.41° (Cancer), Saturn at 280.91° (Capricorn, the 7th: no phase) at birth (swetest -sid1).
        var response = await Client.ComputeDoshasAsync(new Contract.DoshaRequest
        {
            Birth = ChartRequests.Pune1991(),
            At = "2005-03-01T00:00:00Z",
        });
        var sadeSati = response.SadeSati;

        Assert.That(sadeSati.MoonSign, Is.EqualTo(3));
        Assert.That(sadeSati.Start.ToDateTime(), Is.EqualTo(Utc(1991, 3, 25, 4, 16)));
        Assert.That(sadeSati.End.ToDateTime(), Is.EqualTo(Utc(2091, 3, 25, 4, 16)), "the default span, 100 years");
        Assert.That(sadeSati.Rule.Name, Is.EqualTo("SADE_SATI"));

        // Gemini, Cancer, Leo are the 12th, 1st, 2nd from Cancer; Aquarius is the 8th.
        var first = sadeSati.Intervals.Where(i => i.Start.ToDateTime().Year is >= 2002 and < 2010).ToList();
        Assert.That(first.Select(i => (i.Phase, i.SaturnSign, i.ReEntry, i.SadeSati)), Is.EqualTo(new[]
        {
            (Contract.SadeSatiPhase.Rising, 2, false, true),
            (Contract.SadeSatiPhase.Rising, 2, true, true),
            (Contract.SadeSatiPhase.Peak, 3, false, true),
            (Contract.SadeSatiPhase.Rising, 2, true, true),
            (Contract.SadeSatiPhase.Peak, 3, true, true),
            (Contract.SadeSatiPhase.Setting, 4, false, true),
            (Contract.SadeSatiPhase.Peak, 3, true, true),
            (Contract.SadeSatiPhase.Setting, 4, true, true),
        }));
        var dhaiya = sadeSati.Intervals.Where(i => i.Start.ToDateTime().Year is >= 2022 and < 2026).ToList();
        Assert.That(dhaiya.Select(i => (i.Phase, i.ReEntry, i.SadeSati)), Is.EqualTo(new[]
        {
            (Contract.SadeSatiPhase.EighthDhaiya, false, false),
            (Contract.SadeSatiPhase.EighthDhaiya, true, false),
        }));

        // Each swetest ingress is where an interval starts or ends (Taurus, Virgo, Capricorn and Pisces are no phase of Cancer).
        var edges = first.Concat(dhaiya).SelectMany(i => new[] { i.Start.ToDateTime(), i.End.ToDateTime() }).Distinct().ToList();
        Assert.That(edges, Has.Count.EqualTo(SwetestIngresses.Length));
        foreach (var (edge, expected) in edges.Order().Zip(SwetestIngresses))
        {
            Assert.That(edge, Is.EqualTo(expected).Within(IngressTolerance), $"ingress {expected:u}");
        }

        Assert.That((sadeSati.Present, sadeSati.Current.Phase, sadeSati.Current.ReEntry),
            Is.EqualTo((true, Contract.SadeSatiPhase.Rising, true)),
            "on 2005-03-01 Saturn was back in Gemini");
        Assert.That(sadeSati.At.ToDateTime(), Is.EqualTo(Utc(2005, 3, 1, 0, 0)));
    }

    [Test]
    public async Task Over_REST_a_dhaiya_in_force_is_current_but_not_sade_sati_and_the_settings_are_echoed_with_defaults()
    {
        var birth = """{"datetime":"1991-03-25T09:46:00","tz":"Asia/Kolkata","latitude":18.5204,"longitude":73.8567}""";
        var (status, body) = await RestErrors.PostAsync("/v1/doshas", $$$"""
            {"birth":{{{birth}}},"at":"2024-01-01T00:00:00Z","settings":{"sadeSatiYears":40,"guruChandalaOrbDegrees":8}}
            """);

        Assert.That(status, Is.EqualTo(200), body);
        using var answer = JsonDocument.Parse(body);
        var root = answer.RootElement;
        var sadeSati = root.GetProperty("sadeSati");
        Assert.That(sadeSati.GetProperty("present").GetBoolean(), Is.False);
        Assert.That(sadeSati.GetProperty("current").GetProperty("phase").GetString(), Is.EqualTo("EIGHTH_DHAIYA"));
        Assert.That(sadeSati.GetProperty("end").GetString(), Is.EqualTo("2031-03-25T04:16:00Z"));
        Assert.That(root.GetProperty("kaalSarp").GetProperty("present").ValueKind, Is.AnyOf(JsonValueKind.True, JsonValueKind.False));
        Assert.That(root.GetProperty("chartSettings").GetProperty("ayanamsha").GetString(), Is.EqualTo("LAHIRI"));
        Assert.That(root.GetProperty("settings").GetRawText(), Is.EqualTo(
            "{\"manglikHouses\":\"WITH_SECOND\",\"kaalSarpOnAxis\":\"INSIDE\",\"kaalSarpUseLongitudes\":true,"
            + "\"guruChandalaIncludeKetu\":false,\"guruChandalaOrbDegrees\":8,\"pitraIncludeKetu\":true,\"pitraIncludeSaturn\":false,"
            + "\"sadeSatiYears\":40}"));
    }

    [Test]
    public async Task Without_an_instant_the_timeline_has_no_current_interval()
    {
        var response = await Client.ComputeDoshasAsync(new Contract.DoshaRequest { Birth = ChartRequests.Pune1991() });

        Assert.That(response.SadeSati.Intervals, Is.Not.Empty);
        Assert.That(response.SadeSati.HasPresent, Is.False);
        Assert.That(response.SadeSati.Current, Is.Null);
        Assert.That(response.SadeSati.At, Is.Null);
    }

    [Test]
    public void Bad_settings_and_an_instant_with_placements_are_refused_naming_each_field()
    {
        var request = new Contract.DoshaRequest
        {
            Placements = Placements(ascendant: 0, sun: 0, moon: 0, mars: 0, mercury: 0, jupiter: 0, venus: 0, saturn: 0, rahu: 0),
            At = "2024-01-01T00:00:00Z",
            Settings = new Contract.DoshaSettings
            {
                ManglikHouses = (Contract.ManglikHouses)7,
                KaalSarpOnAxis = (Contract.KaalSarpAxis)9,
                GuruChandalaOrbDegrees = double.NaN,
                SadeSatiYears = 151,
            },
        };

        var error = Assert.ThrowsAsync<RpcException>(async () => await Client.ComputeDoshasAsync(request));

        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
        Assert.That(error.ViolatedFields(), Is.EquivalentTo(new[]
        {
            "settings.guruChandalaOrbDegrees", "settings.sadeSatiYears", "settings.manglikHouses", "settings.kaalSarpOnAxis", "at",
        }));
    }

    [Test]
    public async Task Over_REST_a_bad_instant_and_bad_placements_are_400s_naming_the_fields()
    {
        var (atStatus, atBody) = await RestErrors.PostAsync("/v1/doshas", """
            {"birth":{"datetime":"1991-03-25T09:46:00","tz":"Asia/Kolkata","latitude":18.5204,"longitude":73.8567},"at":"yesterday"}
            """);
        var (placementsStatus, placementsBody) = await RestErrors.PostAsync("/v1/doshas", """
            {"placements":{"ascendantSign":12,"grahas":[{"graha":"SUN","sign":0}]},"settings":{"sadeSatiYears":-1}}
            """);

        Assert.That(atStatus, Is.EqualTo(400), atBody);
        Assert.That(RestErrors.ViolatedFields(atBody), Is.EqualTo(new[] { "at" }));
        Assert.That(placementsStatus, Is.EqualTo(400), placementsBody);
        Assert.That(RestErrors.ViolatedFields(placementsBody),
            Does.Contain("placements.ascendantSign").And.Contain("settings.sadeSatiYears"));
    }

    [Test]
    public async Task A_birth_on_the_last_day_of_the_ephemeris_has_a_timeline_cut_at_its_end()
    {
        var birth = new Contract.ChartRequest { Datetime = "2399-12-31T23:59:00", UtcOffsetMinutes = 0, Latitude = 51.48, Longitude = 0 };

        var response = await Client.ComputeDoshasAsync(new Contract.DoshaRequest { Birth = birth, At = "2399-12-31T23:59:30Z" });

        Assert.That(response.SadeSati.End.ToDateTime(), Is.EqualTo(new DateTime(2399, 12, 31, 23, 59, 59, DateTimeKind.Utc)),
            "a second short of 2400");
        Assert.That(response.SadeSati.Intervals, Has.Count.AtMost(1));
    }

    /// <summary>Signs 0 = Aries … 11, Ketu opposite Rahu; no degrees.</summary>
    private static Contract.Placements Placements(
        int ascendant, int sun, int moon, int mars, int mercury, int jupiter, int venus, int saturn, int rahu)
    {
        var placements = new Contract.Placements { AscendantSign = ascendant };
        int[] signs = [sun, moon, mars, mercury, jupiter, venus, saturn, rahu, (rahu + 6) % 12];
        placements.Grahas.AddRange(
            signs.Select((sign, index) => new Contract.GrahaPlacement { Graha = (Contract.Planet)(index + 1), Sign = sign }));
        return placements;
    }

    private static DateTime Utc(int year, int month, int day, int hour, int minute) =>
        new(year, month, day, hour, minute, 0, DateTimeKind.Utc);
}
