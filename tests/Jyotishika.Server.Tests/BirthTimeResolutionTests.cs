using System.Net;
using System.Text.Json;
using Jyotishika.Server.Tests.Infrastructure;
using Jyotishika.V1;

namespace Jyotishika.Server.Tests;

/// <summary>The birth-time options through the real server, and what its responses echo about the resolution.</summary>
public sealed class BirthTimeResolutionTests
{
    private static ChartService.ChartServiceClient Client => new(ServerFixture.Grpc);

    [Test]
    public async Task Without_tz_or_offset_the_zone_is_inferred_from_the_coordinates_and_echoed()
    {
        var request = new ChartRequest { Datetime = "1991-03-25T09:46:00", Latitude = 18.5204, Longitude = 73.8567 };

        var time = (await Client.ComputeChartAsync(request)).Metadata.Time;

        Assert.Multiple(() =>
        {
            Assert.That(time.Source, Is.EqualTo(TimeSource.Inferred));
            Assert.That(time.TimeZone, Is.EqualTo("Asia/Kolkata"));
            Assert.That(time.Utc.ToDateTime(), Is.EqualTo(new DateTime(1991, 3, 25, 4, 16, 0, DateTimeKind.Utc)));
            Assert.That(time.InferredFrom.CountryCode, Is.EqualTo("IN"));
            Assert.That(time.InferredFrom.DistanceKm, Is.LessThan(25));
            Assert.That(time.HasFold, Is.False, "fold is only set when the local time was ambiguous");
        });
    }

    [Test]
    public async Task An_inferred_zone_applies_its_daylight_saving_rules_for_the_date()
    {
        // New York: EDT (UTC−4) in July 1990, EST (UTC−5) in January.
        var summer = new ChartRequest { Datetime = "1990-07-04T12:00:00", Latitude = 40.7128, Longitude = -74.0060 };
        var winter = new ChartRequest { Datetime = "1990-01-04T12:00:00", Latitude = 40.7128, Longitude = -74.0060 };

        var summerTime = (await Client.ComputeChartAsync(summer)).Metadata.Time;
        var winterTime = (await Client.ComputeChartAsync(winter)).Metadata.Time;

        Assert.Multiple(() =>
        {
            Assert.That(summerTime.TimeZone, Is.EqualTo("America/New_York"));
            Assert.That(summerTime.UtcOffsetSeconds, Is.EqualTo(-4 * 3600));
            Assert.That(winterTime.UtcOffsetSeconds, Is.EqualTo(-5 * 3600));
        });
    }

    [Test]
    public async Task At_sea_the_inferred_zone_is_nautical()
    {
        var request = new ChartRequest { Datetime = "2000-06-01T12:00:00", Latitude = 0, Longitude = -150 };

        var time = (await Client.ComputeChartAsync(request)).Metadata.Time;

        Assert.That(time.TimeZone, Is.EqualTo("Etc/GMT+10"));
        Assert.That(time.UtcOffsetSeconds, Is.EqualTo(-10 * 3600));
        Assert.That(time.InferredFrom, Is.Null);
    }

    [Test]
    public async Task An_explicit_offset_beats_inference()
    {
        var request = new ChartRequest { Datetime = "1991-03-25T09:46:00+05:30", Latitude = 40.7128, Longitude = -74.0060 };

        var time = (await Client.ComputeChartAsync(request)).Metadata.Time;

        Assert.That(time.Source, Is.EqualTo(TimeSource.GivenOffset));
        Assert.That(time.Utc.ToDateTime(), Is.EqualTo(new DateTime(1991, 3, 25, 4, 16, 0, DateTimeKind.Utc)));
    }

    [Test]
    public async Task Fold_later_and_gap_shift_forward_are_honoured_and_echoed()
    {
        var fold = new ChartRequest { Datetime = "2021-11-07T01:30:00", Tz = "America/New_York", Latitude = 40.7, Longitude = -74, Fold = Fold.Later };
        var gap = new ChartRequest { Datetime = "2021-03-14T02:30:00", Tz = "America/New_York", Latitude = 40.7, Longitude = -74, Gap = GapResolution.ShiftForward };

        var foldTime = (await Client.ComputeChartAsync(fold)).Metadata.Time;
        var gapTime = (await Client.ComputeChartAsync(gap)).Metadata.Time;

        Assert.Multiple(() =>
        {
            Assert.That(foldTime.Ambiguous, Is.True);
            Assert.That(foldTime.Fold, Is.EqualTo(Fold.Later));
            Assert.That(foldTime.Utc.ToDateTime(), Is.EqualTo(new DateTime(2021, 11, 7, 6, 30, 0, DateTimeKind.Utc)));
            Assert.That(gapTime.ShiftedFromGap, Is.True);
            Assert.That(gapTime.Utc.ToDateTime(), Is.EqualTo(new DateTime(2021, 3, 14, 7, 30, 0, DateTimeKind.Utc)));
        });
    }

    [Test]
    public async Task Rest_takes_the_time_options_by_name()
    {
        var (status, body) = await RestErrors.PostAsync("/v1/chart",
            """{"datetime":"1850-06-01T12:00:00","latitude":18.5204,"longitude":73.8567,"timeStandard":"LOCAL_MEAN_TIME","fold":"LATER","gap":"SHIFT_FORWARD"}""");

        Assert.That(status, Is.EqualTo(200), body);
        using var json = JsonDocument.Parse(body);
        var time = json.RootElement.GetProperty("metadata").GetProperty("time");
        Assert.That(time.GetProperty("source").GetString(), Is.EqualTo("LOCAL_MEAN_TIME"));
        Assert.That(time.GetProperty("utc").GetString(), Is.EqualTo("1850-06-01T07:04:34.392Z"));
    }

    [TestCase("""{"datetime":"1991-03-25T09:46:00","latitude":18.5,"longitude":73.8,"fold":"MIDDLE"}""", "fold")]
    [TestCase("""{"datetime":"1991-03-25T09:46:00","latitude":18.5,"longitude":73.8,"gap":"SKIP"}""", "gap")]
    [TestCase("""{"datetime":"1991-03-25T09:46:00","latitude":18.5,"longitude":73.8,"timeStandard":"SIDEREAL"}""", "timeStandard")]
    [TestCase("""{"datetime":"1991-03-25T09:46:00","longitude":73.8}""", "latitude")]
    [TestCase("""{"datetime":"1991-03-25T09:46:00","latitude":18.5,"longitude":181}""", "longitude")]
    public async Task Bad_time_options_are_400_naming_the_field(string body, string field)
    {
        var (status, text) = await RestErrors.PostAsync("/v1/chart", body);

        Assert.That(status, Is.EqualTo((int)HttpStatusCode.BadRequest), text);
        Assert.That(RestErrors.ViolatedFields(text), Does.Contain(field));
    }
}
