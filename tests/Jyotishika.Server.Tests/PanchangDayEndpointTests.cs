using System.Globalization;
using System.Net;
using System.Text.Json;
using Jyotishika.Server.Tests.Infrastructure;

namespace Jyotishika.Server.Tests;

/// <summary>
/// The whole day on /v1/panchang: every limb in force from sunrise to the next sunrise (the engine's PanchangDayTests check
/// the boundaries against swetest), the samvatsara, and tara and chandra bala from a natal Moon.
/// </summary>
public sealed class PanchangDayEndpointTests
{
    private static async Task<JsonElement> DayAsync(string body)
    {
        var (status, text) = await RestErrors.PostAsync("/v1/panchang", body);
        Assert.That(status, Is.EqualTo(200), text);
        return JsonDocument.Parse(text).RootElement.GetProperty("day");
    }

    private static DateTime Instant(JsonElement element) =>
        DateTime.Parse(element.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);

    /// <summary>
    /// Delhi, Thursday 2024-05-09: Dwitiya begins after sunrise and ends before the next sunrise (a kshaya tithi), so Akshaya
    /// Tritiya, in force at Friday's sunrise, fell on Friday 10 May 2024 as the almanacs printed it.
    /// </summary>
    [Test]
    public async Task A_kshaya_tithi_is_listed_with_its_start_and_end_and_every_list_tiles_the_day()
    {
        var day = await DayAsync("""{"date":"2024-05-09","latitude":28.6139,"longitude":77.209,"tz":"Asia/Kolkata","natalNakshatra":1,"natalMoonSign":11}""");

        var tithis = day.GetProperty("tithis").EnumerateArray().ToList();
        var start = Instant(day.GetProperty("span").GetProperty("start"));
        var end = Instant(day.GetProperty("span").GetProperty("end"));
        Assert.Multiple(() =>
        {
            Assert.That(tithis.Select(t => t.GetProperty("number").GetInt32()), Is.EqualTo(new[] { 1, 2, 3 }));
            Assert.That(Instant(tithis[1].GetProperty("start")), Is.GreaterThan(start));
            Assert.That(Instant(tithis[1].GetProperty("end")), Is.LessThan(end));
            foreach (var list in new[] { "tithis", "nakshatras", "nakshatraPadas", "yogas", "karanas", "moonSigns" })
            {
                var spans = day.GetProperty(list).EnumerateArray().ToList();
                Assert.That(Instant(spans[0].GetProperty("start")), Is.LessThanOrEqualTo(start), list);
                Assert.That(Instant(spans[^1].GetProperty("end")), Is.GreaterThanOrEqualTo(end), list);
                for (var i = 1; i < spans.Count; i++)
                {
                    Assert.That(Instant(spans[i].GetProperty("start")), Is.EqualTo(Instant(spans[i - 1].GetProperty("end"))), list);
                }
            }

            Assert.That(day.GetProperty("samvatsara").GetString(), Is.EqualTo("Krodhi"), "2024-25 in the southern count");
            Assert.That(day.GetProperty("samvatsaraConvention").GetString(), Is.EqualTo("SOUTH_INDIAN_LUNAR"));
            Assert.That(day.GetProperty("ayana").GetString(), Is.EqualTo("UTTARAYANA"));
            Assert.That(day.GetProperty("dishaShool").GetString(), Is.EqualTo("SOUTH"), "Thursday");
            Assert.That(day.GetProperty("taraBala").GetArrayLength(), Is.EqualTo(day.GetProperty("nakshatras").GetArrayLength()));
            Assert.That(day.GetProperty("chandraBala").GetArrayLength(), Is.EqualTo(day.GetProperty("moonSigns").GetArrayLength()));
        });
    }

    /// <summary>Vikram 2081 (2024-25) is Kalayukti in the northern Jovian count while the south counts Krodhi.</summary>
    [Test]
    public async Task The_northern_count_names_its_own_year()
    {
        var day = await DayAsync("""{"date":"2024-05-09","latitude":28.6139,"longitude":77.209,"tz":"Asia/Kolkata","samvatsara":"NORTH_INDIAN_JOVIAN"}""");

        Assert.That(day.GetProperty("samvatsara").GetString(), Is.EqualTo("Kalayukti"));
        Assert.That(day.GetProperty("taraBala").GetArrayLength(), Is.Zero, "no natal nakshatra given");
    }

    [TestCase("\"natalNakshatra\":0", "natalNakshatra")]
    [TestCase("\"natalNakshatra\":28", "natalNakshatra")]
    [TestCase("\"natalMoonSign\":12", "natalMoonSign")]
    [TestCase("\"samvatsara\":4", "samvatsara")]
    [TestCase("\"ayana\":3", "ayana")]
    public async Task Bad_day_options_are_400_naming_the_field(string field, string name)
    {
        var (status, text) = await RestErrors.PostAsync("/v1/panchang",
            "{\"date\":\"2024-05-09\",\"latitude\":28.6139,\"longitude\":77.209," + field + "}");

        Assert.That(status, Is.EqualTo((int)HttpStatusCode.BadRequest), text);
        Assert.That(RestErrors.ViolatedFields(text), Does.Contain(name));
    }
}
