using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Google.Rpc;
using Grpc.Core;
using Jyotishika.Server.Tests.Ephemeris;
using Jyotishika.Server.Tests.Infrastructure;
using Jyotishika.V1;

namespace Jyotishika.Server.Tests;

/// <summary>
/// A calendar of daily panchangs (StreamPanchang, REST /v1/panchang:stream): one answer per local day in date order, each
/// the unary answer for its date, days that meet sunrise to sunrise, and refusals naming the field.
/// </summary>
public sealed class PanchangStreamEndpointTests
{
    private const string DelhiMay2024 =
        """{"date":"2024-05-01","endDate":"2024-05-31","latitude":28.6139,"longitude":77.209,"tz":"Asia/Kolkata","natalMoonSign":3}""";

    private static PanchangService.PanchangServiceClient Client => new(ServerFixture.Grpc);

    private static DateTime Instant(JsonElement element) =>
        DateTime.Parse(element.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);

    [Test]
    public async Task A_month_streams_one_day_per_date_each_ending_at_the_next_days_sunrise()
    {
        var (status, text) = await RestErrors.PostAsync("/v1/panchang:stream", DelhiMay2024);

        Assert.That(status, Is.EqualTo(200), text);
        var days = EphemerisEndpointTests.JsonObjects(text);
        Assert.That(days.Select(d => d.GetProperty("date").GetString()),
            Is.EqualTo(Enumerable.Range(1, 31).Select(d => $"2024-05-{d:00}")));
        Assert.Multiple(() =>
        {
            for (var i = 1; i < days.Count; i++)
            {
                var (previous, day) = (days[i - 1].GetProperty("day"), days[i].GetProperty("day"));
                Assert.That(Instant(day.GetProperty("span").GetProperty("start")),
                    Is.EqualTo(Instant(previous.GetProperty("span").GetProperty("end"))), $"day {i + 1} starts where day {i} ends");
                // The tithi in force at a day's end is the one in force at the next day's start.
                Assert.That(day.GetProperty("tithis")[0].GetProperty("number").GetInt32(),
                    Is.EqualTo(previous.GetProperty("tithis").EnumerateArray().Last().GetProperty("number").GetInt32()));
                Assert.That(day.GetProperty("chandraBala").GetArrayLength(), Is.EqualTo(day.GetProperty("moonSigns").GetArrayLength()));
            }

            // 9 May 2024: Dwitiya is kshaya (begins after sunrise, ends before the next), as PanchangDayEndpointTests shows.
            Assert.That(days[8].GetProperty("day").GetProperty("tithis").EnumerateArray().Select(t => t.GetProperty("number").GetInt32()),
                Is.EqualTo(new[] { 1, 2, 3 }));
        });
    }

    [TestCase("2024-05-01")]
    [TestCase("2024-05-09")]
    [TestCase("2024-05-31")]
    public async Task Each_streamed_day_is_the_unary_answer_for_its_date(string date)
    {
        var (status, text) = await RestErrors.PostAsync("/v1/panchang:stream", DelhiMay2024);
        var (unaryStatus, unary) = await RestErrors.PostAsync("/v1/panchang",
            $$"""{"date":"{{date}}","latitude":28.6139,"longitude":77.209,"tz":"Asia/Kolkata","natalMoonSign":3}""");

        Assert.That((status, unaryStatus), Is.EqualTo((200, 200)), text + unary);
        var streamed = EphemerisEndpointTests.JsonObjects(text).Single(d => d.GetProperty("date").GetString() == date);
        Assert.That(JsonNode.DeepEquals(JsonNode.Parse(streamed.GetRawText()), JsonNode.Parse(unary)), Is.True, streamed.GetRawText());
    }

    [Test]
    public async Task A_leap_year_is_366_days_over_gRPC_with_the_zone_inferred_once()
    {
        using var call = Client.StreamPanchang(new PanchangRangeRequest
        {
            Date = "2024-01-01", EndDate = "2024-12-31", Latitude = 13.0827, Longitude = 80.2707,
        });
        var days = new List<PanchangResponse>();
        await foreach (var day in call.ResponseStream.ReadAllAsync())
        {
            days.Add(day);
        }

        Assert.Multiple(() =>
        {
            Assert.That(days, Has.Count.EqualTo(366));
            Assert.That(days[^1].Date, Is.EqualTo("2024-12-31"));
            Assert.That(days.Select(d => d.TimeZone).Distinct(), Is.EqualTo(new[] { "Asia/Kolkata" }));
            Assert.That(days.Select(d => d.TimeZoneSource).Distinct(), Is.EqualTo(new[] { TimeSource.Inferred }));
            // Makara sankranti 2024 (the Sun's entry into sidereal Capricorn, 15 January 02:4x IST) turns the ayana.
            Assert.That(days[13].Day.Ayana, Is.EqualTo("DAKSHINAYANA"));
            Assert.That(days[15].Day.Ayana, Is.EqualTo("UTTARAYANA"));
        });
    }

    [TestCase("""{"date":"2024-04-09","latitude":18.52,"longitude":73.85}""", new[] { "endDate" })]
    [TestCase("""{"date":"2024-04-09","endDate":"2024-04-08","latitude":18.52,"longitude":73.85}""", new[] { "endDate" })]
    [TestCase("""{"date":"2024-01-01","endDate":"2025-01-01","latitude":18.52,"longitude":73.85}""", new[] { "endDate" })]
    [TestCase("""{"date":"2399-11-01","endDate":"2399-11-30","latitude":18.52,"longitude":73.85}""", new[] { "endDate" })]
    [TestCase("""{"date":"2024-13-01","endDate":"2024-12-01","longitude":73.85}""", new[] { "date", "latitude" })]
    [TestCase("""{"date":"2024-04-01","endDate":"2024-04-02","latitude":18.52,"longitude":73.85,"natalNakshatra":28}""",
        new[] { "natalNakshatra" })]
    public async Task A_bad_range_is_400_naming_every_field(string body, string[] fields)
    {
        var (status, text) = await RestErrors.PostAsync("/v1/panchang:stream", body);

        Assert.That(status, Is.EqualTo(400), text);
        Assert.That(RestErrors.ViolatedFields(text), Is.EquivalentTo(fields));
    }

    [Test]
    public void A_bad_range_is_INVALID_ARGUMENT_over_gRPC()
    {
        var error = Assert.ThrowsAsync<RpcException>(async () =>
        {
            using var call = Client.StreamPanchang(new PanchangRangeRequest { Date = "2024-04-09", Latitude = 18.52, Longitude = 73.85 });
            await foreach (var _ in call.ResponseStream.ReadAllAsync())
            {
            }
        })!;

        Assert.That(error.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
        Assert.That(error.GetRpcStatus()?.GetDetail<BadRequest>()?.FieldViolations.Select(v => v.Field), Is.EqualTo(new[] { "endDate" }));
    }
}
