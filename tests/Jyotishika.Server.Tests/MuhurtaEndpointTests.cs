using System.Globalization;
using System.Net;
using System.Text.Json;
using Jyotishika.Server.Tests.Infrastructure;

namespace Jyotishika.Server.Tests;

/// <summary>
/// POST /v1/muhurta through the real server: Drik Panchang's New Delhi page for Wednesday 2022-01-26 (printed in whole
/// minutes, so held to a minute; the engine's MuhurtaDrikTests check more days), the periods tiling the day, and bad input.
/// </summary>
public sealed class MuhurtaEndpointTests
{
    private const string Delhi = "\"date\":\"2022-01-26\",\"latitude\":28.6139,\"longitude\":77.209,\"tz\":\"Asia/Kolkata\"";

    private static async Task<JsonElement> MuhurtaAsync(string extra = "")
    {
        var (status, text) = await RestErrors.PostAsync("/v1/muhurta", "{" + Delhi + extra + "}");
        Assert.That(status, Is.EqualTo(200), text);
        return JsonDocument.Parse(text).RootElement;
    }

    private static DateTime Instant(JsonElement element) =>
        DateTime.Parse(element.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);

    private static DateTime Ist(string text) =>
        DateTime.SpecifyKind(DateTime.Parse(text, CultureInfo.InvariantCulture), DateTimeKind.Utc).AddHours(-5.5);

    [Test]
    public async Task The_day_matches_drik_panchang_to_the_minute()
    {
        var day = await MuhurtaAsync();

        var minute = TimeSpan.FromMinutes(1);
        Assert.Multiple(() =>
        {
            Assert.That(Instant(day.GetProperty("sunrise")), Is.EqualTo(Ist("2022-01-26 07:12")).Within(minute));
            Assert.That(Instant(day.GetProperty("sunset")), Is.EqualTo(Ist("2022-01-26 17:55")).Within(minute));
            Assert.That(Instant(day.GetProperty("brahmaMuhurta").GetProperty("start")), Is.EqualTo(Ist("2022-01-27 05:26")).Within(minute));
            Assert.That(Instant(day.GetProperty("vijaya").GetProperty("start")), Is.EqualTo(Ist("2022-01-26 14:21")).Within(minute));
            Assert.That(Instant(day.GetProperty("nishita").GetProperty("start")), Is.EqualTo(Ist("2022-01-27 00:07")).Within(minute));
            var durmuhurta = day.GetProperty("durmuhurtas").EnumerateArray().Single();
            Assert.That(Instant(durmuhurta.GetProperty("start")), Is.EqualTo(Ist("2022-01-26 12:12")).Within(minute));
            Assert.That(Instant(durmuhurta.GetProperty("end")), Is.EqualTo(Ist("2022-01-26 12:55")).Within(minute));
            Assert.That(day.GetProperty("nakshatras").EnumerateArray().Select(n => Instant(n.GetProperty("amritaKalam").GetProperty("start"))),
                Has.Some.EqualTo(Ist("2022-01-27 00:31")).Within(minute), "Vishakha's amrit kalam");
            Assert.That(day.GetProperty("vaara").GetString(), Is.EqualTo("Budhavara"));
        });
    }

    /// <summary>Wednesday's first hora is Mercury's; the hours run in the Chaldean order and tile sunrise → next sunrise.</summary>
    [Test]
    public async Task Horas_and_choghadiyas_tile_the_day_from_the_weekday_lord()
    {
        var day = await MuhurtaAsync();

        var horas = day.GetProperty("horas").EnumerateArray().ToList();
        var choghadiyas = day.GetProperty("choghadiyas").EnumerateArray().ToList();
        string[] chaldean = ["SATURN", "JUPITER", "MARS", "SUN", "VENUS", "MERCURY", "MOON"];
        Assert.Multiple(() =>
        {
            Assert.That(horas, Has.Count.EqualTo(24));
            Assert.That(choghadiyas, Has.Count.EqualTo(16));
            Assert.That(horas[0].GetProperty("lord").GetString(), Is.EqualTo("MERCURY"));
            for (var i = 1; i < horas.Count; i++)
            {
                var previous = Array.IndexOf(chaldean, horas[i - 1].GetProperty("lord").GetString());
                Assert.That(horas[i].GetProperty("lord").GetString(), Is.EqualTo(chaldean[(previous + 1) % 7]));
                Assert.That(Instant(horas[i].GetProperty("start")), Is.EqualTo(Instant(horas[i - 1].GetProperty("end"))));
            }

            Assert.That(Instant(horas[0].GetProperty("start")), Is.EqualTo(Instant(day.GetProperty("sunrise"))));
            Assert.That(Instant(horas[^1].GetProperty("end")), Is.EqualTo(Instant(day.GetProperty("nextSunrise"))));
            Assert.That(Instant(choghadiyas[8].GetProperty("start")), Is.EqualTo(Instant(day.GetProperty("sunset"))));
            Assert.That(choghadiyas.Select(c => c.GetProperty("quality").GetString()), Has.All.AnyOf("GOOD", "NEUTRAL", "BAD"));
            Assert.That(day.GetProperty("settings").GetProperty("durmuhurta").GetString(), Is.EqualTo("CLASSICAL"));
        });
    }

    [Test]
    public async Task The_options_change_what_they_name()
    {
        var classical = await MuhurtaAsync();
        var midday = await MuhurtaAsync(",\"settings\":{\"vijaya\":\"AROUND_MIDDAY\",\"charQuality\":\"GOOD\"}");

        Assert.That(Instant(midday.GetProperty("vijaya").GetProperty("start")), Is.Not.EqualTo(Instant(classical.GetProperty("vijaya").GetProperty("start"))));
        Assert.That(midday.GetProperty("choghadiyas").EnumerateArray().Where(c => c.GetProperty("name").GetString() == "CHAR")
            .Select(c => c.GetProperty("quality").GetString()), Has.All.EqualTo("GOOD"));
    }

    [TestCase(",\"settings\":{\"durmuhurta\":3}", "settings.durmuhurta")]
    [TestCase(",\"settings\":{\"charQuality\":4}", "settings.charQuality")]
    [TestCase(",\"settings\":{\"vijaya\":9}", "settings.vijaya")]
    [TestCase(",\"settings\":{\"mulaVarjyam\":9}", "settings.mulaVarjyam")]
    public async Task Bad_settings_are_400_naming_the_field(string extra, string field)
    {
        var (status, text) = await RestErrors.PostAsync("/v1/muhurta", "{" + Delhi + extra + "}");

        Assert.That(status, Is.EqualTo((int)HttpStatusCode.BadRequest), text);
        Assert.That(RestErrors.ViolatedFields(text), Does.Contain(field));
    }

    [TestCase("{\"date\":\"2022-02-30\",\"latitude\":28.6,\"longitude\":77.2}", "date")]
    [TestCase("{\"date\":\"2022-01-26\",\"longitude\":77.2}", "latitude")]
    [TestCase("{\"date\":\"2022-12-21\",\"latitude\":78.2,\"longitude\":15.6,\"tz\":\"Arctic/Longyearbyen\"}", "latitude")]
    public async Task A_bad_day_or_place_or_a_polar_night_is_400_naming_the_field(string body, string field)
    {
        var (status, text) = await RestErrors.PostAsync("/v1/muhurta", body);

        Assert.That(status, Is.EqualTo((int)HttpStatusCode.BadRequest), text);
        Assert.That(RestErrors.ViolatedFields(text), Does.Contain(field));
    }
}
