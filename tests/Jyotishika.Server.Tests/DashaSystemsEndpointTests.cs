using System.Globalization;
using System.Net;
using System.Text.Json;
using Jyotishika.Server.Tests.Infrastructure;

namespace Jyotishika.Server.Tests;

/// <summary>The further dasha systems, their options and the presets over REST (rules are checked in the engine's tests).</summary>
public sealed class DashaSystemsEndpointTests
{
    private const string Chennai = "'datetime':'1996-12-07T10:34:00','tz':'Asia/Kolkata','latitude':13.0389,'longitude':80.2619";
    private static readonly DateTime ChennaiUtc = new(1996, 12, 7, 5, 4, 0, DateTimeKind.Utc);

    /// <summary>JSON written with single quotes, for readability.</summary>
    private static string Json(string fields) => "{" + (Chennai + "," + fields).Replace('\'', '"') + "}";

    private static async Task<JsonElement> DashaAsync(string fields)
    {
        var (status, body) = await RestErrors.PostAsync("/v1/dasha", Json(fields));
        Assert.That(status, Is.EqualTo(200), body);
        return JsonDocument.Parse(body).RootElement;
    }

    private static DateTime Instant(JsonElement element) =>
        DateTime.Parse(element.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);

    /// <summary>The preset alone gives the conventions under which PyJHora's JHora-checked dates come out to the second.</summary>
    [Test]
    public async Task The_jagannatha_hora_preset_alone_reproduces_its_mahadasha_starts_and_echoes_what_it_filled()
    {
        var answer = await DashaAsync("'preset':'JAGANNATHA_HORA','depth':1");

        var starts = answer.GetProperty("periods").EnumerateArray().Take(4).Select(p => Instant(p.GetProperty("start"))).ToList();
        var settings = answer.GetProperty("settings");
        Assert.Multiple(() =>
        {
            Assert.That(starts, Is.EqualTo(new[]
            {
                new DateTime(1996, 7, 15, 19, 42, 44, DateTimeKind.Utc), new DateTime(2014, 7, 16, 10, 27, 42, DateTimeKind.Utc),
                new DateTime(2030, 7, 16, 12, 54, 19, DateTimeKind.Utc), new DateTime(2049, 7, 16, 9, 48, 26, DateTimeKind.Utc),
            }).Within(TimeSpan.FromSeconds(1)));
            Assert.That(settings.GetProperty("preset").GetString(), Is.EqualTo("JAGANNATHA_HORA"));
            Assert.That(settings.GetProperty("ayanamsha").GetString(), Is.EqualTo("LAHIRI"));
            Assert.That(settings.GetProperty("nodeType").GetString(), Is.EqualTo("MEAN"));
            Assert.That(settings.GetProperty("positions").GetString(), Is.EqualTo("GEOMETRIC"));
            Assert.That(settings.GetProperty("timeScale").GetString(), Is.EqualTo("UTC_AS_UT"));
            Assert.That(settings.GetProperty("yearLength").GetString(), Is.EqualTo("MEAN_SIDEREAL_365_256364"));
            Assert.That(settings.GetProperty("yearDays").GetDouble(), Is.EqualTo(365.256364));
        });
    }

    [Test]
    public async Task Fields_the_request_sets_win_over_the_preset()
    {
        var settings = (await DashaAsync("'preset':'JAGANNATHA_HORA','depth':1,'yearLength':'JULIAN_365_25','ayanamsha':'RAMAN','timeScale':'UT1','charaMethod':'KN_RAO' "))
            .GetProperty("settings");

        Assert.Multiple(() =>
        {
            Assert.That(settings.GetProperty("yearLength").GetString(), Is.EqualTo("JULIAN_365_25"));
            Assert.That(settings.GetProperty("ayanamsha").GetString(), Is.EqualTo("RAMAN"));
            Assert.That(settings.GetProperty("timeScale").GetString(), Is.EqualTo("UT1"));
            Assert.That(settings.GetProperty("charaMethod").GetString(), Is.EqualTo("KN_RAO"));
            Assert.That(settings.GetProperty("positions").GetString(), Is.EqualTo("GEOMETRIC"), "still filled by the preset");
        });
    }

    /// <summary>
    /// PyJHora's defaults: True Pushya, true nodes, and the sidereal solar year around birth, whose measured length is echoed
    /// and used (a sidereal year is 365.2564 days on average; the Sun's orbit and the true ayanamsha move a given one by minutes).
    /// </summary>
    [Test]
    public async Task The_pyjhora_preset_uses_the_measured_sidereal_year_around_birth()
    {
        var answer = await DashaAsync("'preset':'PYJHORA','depth':1");

        var settings = answer.GetProperty("settings");
        var yearDays = settings.GetProperty("yearDays").GetDouble();
        var firstEnd = Instant(answer.GetProperty("periods")[0].GetProperty("end"));
        Assert.Multiple(() =>
        {
            Assert.That(settings.GetProperty("ayanamsha").GetString(), Is.EqualTo("TRUE_PUSHYA"));
            Assert.That(settings.GetProperty("nodeType").GetString(), Is.EqualTo("TRUE"));
            Assert.That(settings.GetProperty("yearLength").GetString(), Is.EqualTo("TRUE_SIDEREAL"));
            Assert.That(settings.GetProperty("subPeriodShares").GetString(), Is.EqualTo("EQUAL"));
            Assert.That(yearDays, Is.EqualTo(365.256364).Within(0.02));
            Assert.That(yearDays, Is.Not.EqualTo(365.256364));
            Assert.That(firstEnd, Is.EqualTo(ChennaiUtc.AddDays(answer.GetProperty("balanceYears").GetDouble() * yearDays))
                .Within(TimeSpan.FromMilliseconds(1)));
        });
    }

    /// <summary>Chara dasha starts from the lagna under both methods (BPHS; K. N. Rao; P. V. R. Narasimha Rao).</summary>
    [TestCase("NARASIMHA_RAO")]
    [TestCase("KN_RAO")]
    public async Task A_rasi_dasha_has_signs_as_lords_from_birth_starting_with_the_lagna_for_chara(string method)
    {
        var answer = await DashaAsync($"'system':'CHARA','charaMethod':'{method}','depth':2");
        var (_, chartBody) = await RestErrors.PostAsync("/v1/chart", Json("'vargas':[]"));
        var lagnaSign = (int)(JsonDocument.Parse(chartBody).RootElement.GetProperty("ascendant").GetProperty("longitude").GetDouble() / 30);

        var periods = answer.GetProperty("periods").EnumerateArray().ToList();
        var first = periods[0];
        var antardashas = periods.Where(p => p.GetProperty("level").GetInt32() == 2).Take(12).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(first.GetProperty("lord").GetProperty("sign").GetInt32(), Is.EqualTo(lagnaSign));
            Assert.That(first.GetProperty("lord").GetProperty("planet").GetString(), Is.EqualTo("UNSPECIFIED"));
            Assert.That(Instant(first.GetProperty("start")), Is.EqualTo(ChennaiUtc));
            Assert.That(answer.GetProperty("balanceYears").GetDouble(), Is.EqualTo(first.GetProperty("durationDays").GetDouble() / 365.25).Within(1e-9));
            Assert.That(antardashas, Has.Count.EqualTo(12));
            Assert.That(antardashas.Select(p => p.GetProperty("lord").GetProperty("sign").GetInt32()).Distinct().Count(), Is.EqualTo(12));
            Assert.That(answer.GetProperty("settings").GetProperty("charaMethod").GetString(), Is.EqualTo(method));
            Assert.That(answer.TryGetProperty("applicability", out _), Is.False, "Chara applies to every chart");
        });
    }

    [TestCase("NARAYANA")]
    [TestCase("STHIRA")]
    [TestCase("SHOOLA")]
    [TestCase("DRIG")]
    [TestCase("KALACHAKRA")]
    [TestCase("MOOLA")]
    [TestCase("TRIBHAGI")]
    public async Task Every_system_answers_periods_that_nest_without_gaps(string system)
    {
        var periods = (await DashaAsync($"'system':'{system}','depth':2")).GetProperty("periods").EnumerateArray().ToList();
        var mahadashas = periods.Where(p => p.GetProperty("level").GetInt32() == 1).ToList();

        Assert.That(mahadashas, Has.Count.GreaterThan(3));
        for (var i = 1; i < mahadashas.Count; i++)
        {
            Assert.That(Instant(mahadashas[i].GetProperty("start")), Is.EqualTo(Instant(mahadashas[i - 1].GetProperty("end"))));
        }

        var firstChildren = periods.Where(p => p.GetProperty("level").GetInt32() == 2 &&
            Instant(p.GetProperty("end")) <= Instant(mahadashas[1].GetProperty("start"))).ToList();
        Assert.That(Instant(firstChildren[^1].GetProperty("end")), Is.EqualTo(Instant(mahadashas[0].GetProperty("end"))));
    }

    /// <summary>
    /// PyJHora's Sthira dasha for this birth starts from Sagittarius (pvr_tests.py, sthira_dhasa_test): Brahma is Jupiter,
    /// the 6th lord from Cancer (the stronger of lagna and 7th), in Sagittarius in the 12th house.
    /// </summary>
    [Test]
    public async Task Sthira_dasha_starts_from_brahmas_sign_and_says_who_brahma_is()
    {
        var answer = await DashaAsync("'system':'STHIRA','depth':1");

        var periods = answer.GetProperty("periods").EnumerateArray().ToList();
        Assert.That(periods[0].GetProperty("lord").GetProperty("sign").GetInt32(), Is.EqualTo(8));
        Assert.That(periods.Take(3).Select(p => p.GetProperty("durationDays").GetDouble() / 365.25), Is.EqualTo(new[] { 9.0, 7, 8 }).Within(1e-9),
            "Sagittarius (dual) 9, Capricorn (movable) 7, Aquarius (fixed) 8");
        Assert.That(answer.GetProperty("applicability").GetProperty("applies").GetBoolean(), Is.True);
        Assert.That(answer.GetProperty("applicability").GetProperty("rule").GetString(), Does.Contain("Jupiter"));
        Assert.That(answer.GetProperty("settings").GetProperty("brahmaRule").GetString(), Is.EqualTo("VISIBLE_HALF_ODD_SIGN"));
    }

    /// <summary>
    /// Over a day of births some charts have no graha qualifying as Brahma under the default rule: those answer no periods
    /// and say so; the others answer periods. PyJHora's scoring always finds one.
    /// </summary>
    [Test]
    public async Task A_chart_without_brahma_answers_no_sthira_periods_and_says_why()
    {
        var qualifies = new List<bool>();
        static string Body(int hour, string rule) =>
            $"{{\"datetime\":\"1996-12-07T{hour:00}:10:00\",\"tz\":\"Asia/Kolkata\",\"latitude\":13.0389,\"longitude\":80.2619," +
            $"\"system\":\"STHIRA\",\"depth\":1,\"brahmaRule\":\"{rule}\"}}";
        for (var hour = 0; hour < 24; hour += 2)
        {
            var (status, text) = await RestErrors.PostAsync("/v1/dasha", Body(hour, "VISIBLE_HALF_ODD_SIGN"));
            Assert.That(status, Is.EqualTo(200), text);
            var answer = JsonDocument.Parse(text).RootElement;
            var applies = answer.GetProperty("applicability").GetProperty("applies").GetBoolean();
            Assert.That(answer.GetProperty("periods").GetArrayLength() > 0, Is.EqualTo(applies), text);
            qualifies.Add(applies);
            var (scoredStatus, scored) = await RestErrors.PostAsync("/v1/dasha", Body(hour, "PYJHORA_SCORE"));
            Assert.That(scoredStatus, Is.EqualTo(200), scored);
            Assert.That(JsonDocument.Parse(scored).RootElement.GetProperty("periods").GetArrayLength(), Is.GreaterThan(0), scored);
        }

        Assert.That(qualifies, Does.Contain(true).And.Contain(false), "the day has births of both kinds");
    }

    [Test]
    public async Task A_conditional_system_says_whether_the_chart_qualifies_and_vimshottari_says_nothing()
    {
        var shodasottari = await DashaAsync("'system':'SHODASOTTARI','depth':1");
        var vimshottari = await DashaAsync("'depth':1");

        Assert.That(shodasottari.GetProperty("applicability").GetProperty("rule").GetString(), Does.Contain("hora"));
        Assert.That(vimshottari.TryGetProperty("applicability", out _), Is.False);
    }

    [TestCase("'preset':9", "preset")]
    [TestCase("'charaMethod':7", "charaMethod")]
    [TestCase("'subPeriodShares':3", "subPeriodShares")]
    [TestCase("'starGroupBalance':4", "starGroupBalance")]
    [TestCase("'kalachakraGroups':5", "kalachakraGroups")]
    [TestCase("'kalachakraContinuation':5", "kalachakraContinuation")]
    [TestCase("'kalachakraSubPeriods':5", "kalachakraSubPeriods")]
    [TestCase("'yearLength':17", "yearLength")]
    [TestCase("'brahmaRule':4", "brahmaRule")]
    public async Task Bad_options_are_400_naming_the_field(string field, string name)
    {
        var (status, text) = await RestErrors.PostAsync("/v1/dasha", Json(field));

        Assert.That(status, Is.EqualTo((int)HttpStatusCode.BadRequest), text);
        Assert.That(RestErrors.ViolatedFields(text), Does.Contain(name));
    }

    [Test]
    public async Task A_chart_echoes_the_preset_and_what_it_filled()
    {
        var (status, body) = await RestErrors.PostAsync("/v1/chart", Json("'preset':'PYJHORA'"));

        Assert.That(status, Is.EqualTo(200), body);
        var settings = JsonDocument.Parse(body).RootElement.GetProperty("settings");
        Assert.That(settings.GetProperty("preset").GetString(), Is.EqualTo("PYJHORA"));
        Assert.That(settings.GetProperty("ayanamsha").GetString(), Is.EqualTo("TRUE_PUSHYA"));
        Assert.That(settings.GetProperty("timeScale").GetString(), Is.EqualTo("UTC_AS_UT"));
    }
}
