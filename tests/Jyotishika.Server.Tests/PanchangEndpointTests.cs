using System.Net;
using System.Text.Json;
using Jyotishika.Server.Tests.Infrastructure;
using Jyotishika.V1;

namespace Jyotishika.Server.Tests;

/// <summary>PanchangService through the real server, against published facts of specific days.</summary>
public sealed class PanchangEndpointTests
{
    [Test]
    public async Task Ugadi_2024_in_delhi_is_chaitra_shukla_pratipada_with_the_day_periods_inside_daylight()
    {
        var client = new PanchangService.PanchangServiceClient(ServerFixture.Grpc);

        // Ugadi / Gudi Padwa 2024 fell on Tuesday 9 April (new moon 2024-04-08 18:21 UT, NASA).
        var response = await client.ComputePanchangAsync(new PanchangRequest { Date = "2024-04-09", Latitude = 28.6139, Longitude = 77.2090 });

        Assert.Multiple(() =>
        {
            Assert.That(response.TimeZone, Is.EqualTo("Asia/Kolkata"));
            Assert.That(response.TimeZoneSource, Is.EqualTo(TimeSource.Inferred));
            Assert.That(response.Vaara, Is.EqualTo("Mangalavara"));
            Assert.That(response.Tithi.Number, Is.EqualTo(1));
            Assert.That(response.Paksha, Is.EqualTo("Shukla"));
            Assert.That(response.LunarMonth.AmantaName, Is.EqualTo("Chaitra"));
            Assert.That(response.LunarMonth.Adhika, Is.False);
            Assert.That(response.Sunrise.ToDateTime(), Is.InRange(new DateTime(2024, 4, 9, 0, 0, 0, DateTimeKind.Utc), new DateTime(2024, 4, 9, 1, 0, 0, DateTimeKind.Utc)),
                "Delhi sunrise is about 06:00 IST (00:30 UT) in early April");
            Assert.That(response.RahuKalam.Start.ToDateTime(), Is.GreaterThanOrEqualTo(response.Sunrise.ToDateTime()));
            Assert.That(response.RahuKalam.End.ToDateTime(), Is.LessThanOrEqualTo(response.Sunset.ToDateTime()));
            Assert.That(response.Ayanamsha, Is.EqualTo(Ayanamsha.Lahiri));
        });
    }

    [Test]
    [TestCase("1800-02-11")]
    [TestCase("2399-11-21")]
    public async Task The_first_and_last_supported_days_are_computed(string date)
    {
        var (status, body) = await RestErrors.PostAsync("/v1/panchang", $$"""{"date":"{{date}}","latitude":28.6,"longitude":77.2,"tz":"Asia/Kolkata"}""");

        Assert.That(status, Is.EqualTo(200), body);
    }

    [Test]
    public async Task Rest_panchang_over_polar_night_has_no_sunrise_and_no_day_periods()
    {
        var (status, body) = await RestErrors.PostAsync("/v1/panchang", """{"date":"2023-12-21","latitude":69.6492,"longitude":18.9553,"tz":"Europe/Oslo"}""");

        Assert.That(status, Is.EqualTo(200), body);
        using var json = JsonDocument.Parse(body);
        Assert.That(json.RootElement.TryGetProperty("sunrise", out var sunrise) && sunrise.ValueKind != JsonValueKind.Null, Is.False);
        Assert.That(json.RootElement.TryGetProperty("rahuKalam", out var rahu) && rahu.ValueKind != JsonValueKind.Null, Is.False);
        Assert.That(json.RootElement.GetProperty("tithi").GetProperty("number").GetInt32(), Is.InRange(1, 30));
    }

    [TestCase("""{"date":"2024-13-01","latitude":28.6,"longitude":77.2}""", "date")]
    [TestCase("""{"date":"2024-04-09","longitude":77.2}""", "latitude")]
    [TestCase("""{"date":"2024-04-09","latitude":28.6,"longitude":77.2,"tz":"Asia/Nowhere"}""", "tz")]
    [TestCase("""{"date":"2024-04-09","latitude":28.6,"longitude":77.2,"riseConvention":"SOMETIME"}""", "riseConvention")]
    [TestCase("""{"date":"1700-01-01","latitude":28.6,"longitude":77.2}""", "date")]
    [TestCase("""{"date":"2399-12-28","latitude":10,"longitude":10}""", "date")]
    [TestCase("""{"date":"1800-01-05","latitude":-60,"longitude":-179.99}""", "date")]
    public async Task Bad_panchang_input_is_400_naming_the_field(string body, string field)
    {
        var (status, text) = await RestErrors.PostAsync("/v1/panchang", body);

        Assert.That(status, Is.EqualTo((int)HttpStatusCode.BadRequest), text);
        Assert.That(RestErrors.ViolatedFields(text), Does.Contain(field));
    }
}
