using System.Globalization;
using System.Net;
using System.Text.Json;
using Grpc.Core;
using Jyotishika.Server.Tests.Infrastructure;
using Jyotishika.V1;

namespace Jyotishika.Server.Tests;

/// <summary>DashaService over gRPC (unary and streaming) and REST, including the older system's /dasha payload.</summary>
public sealed class DashaEndpointTests
{
    private static DashaService.DashaServiceClient Client => new(ServerFixture.Grpc);

    private static DashaRequest Pune1991(int depth = 2) => new()
    {
        Datetime = "1991-03-25T09:46:00",
        Tz = "Asia/Kolkata",
        Latitude = 18.5204,
        Longitude = 73.8567,
        Depth = depth,
    };

    [Test]
    public async Task The_birth_lord_and_balance_follow_the_moons_nakshatra()
    {
        var response = await Client.ComputeDashaAsync(Pune1991());

        // The chart for this birth has the Moon at 95.414° sidereal (Lahiri): Pushya, lord Saturn, 2.081° of 13.333° gone.
        var chart = await new ChartService.ChartServiceClient(ServerFixture.Grpc).ComputeChartAsync(ChartRequests.Pune1991());
        var moon = chart.Planets.Single(p => p.Planet == Planet.Moon).Longitude;
        var elapsed = (moon - 7 * 40.0 / 3) / (40.0 / 3);
        Assert.Multiple(() =>
        {
            Assert.That(response.MoonLongitude, Is.EqualTo(moon));
            Assert.That(response.MoonNakshatra, Is.EqualTo("Pushya"));
            Assert.That(response.BirthLord.Name, Is.EqualTo("Saturn"));
            Assert.That(response.ElapsedFraction, Is.EqualTo(elapsed).Within(1e-12));
            Assert.That(response.BalanceYears, Is.EqualTo(19 * (1 - elapsed)).Within(1e-9));
            Assert.That(response.Periods[0].Lord.Name, Is.EqualTo("Saturn"));
            Assert.That(response.Periods[0].End.ToDateTime(),
                Is.EqualTo(new DateTime(1991, 3, 25, 4, 16, 0, DateTimeKind.Utc).AddDays(19 * (1 - elapsed) * 365.25)).Within(TimeSpan.FromMilliseconds(1)));
            Assert.That(response.Settings.YearLength, Is.EqualTo(DashaYearLength.Julian36525));
            Assert.That(response.Settings.Depth, Is.EqualTo(2));
            Assert.That(response.Time.Utc.ToDateTime(), Is.EqualTo(new DateTime(1991, 3, 25, 4, 16, 0, DateTimeKind.Utc)),
                "local time is resolved in its zone, never read as UTC");
        });
    }

    [Test]
    public async Task The_older_dasha_payload_works_on_its_old_path()
    {
        var (status, body) = await RestErrors.PostAsync("/dasha", ChartRequests.OlderSystemJson);

        Assert.That(status, Is.EqualTo(200), body);
        using var json = JsonDocument.Parse(body);
        Assert.That(json.RootElement.GetProperty("birthLord").GetProperty("name").GetString(), Is.EqualTo("Saturn"));
        Assert.That(json.RootElement.GetProperty("periods").GetArrayLength(), Is.GreaterThan(9));
    }

    [Test]
    public async Task A_window_returns_the_overlapping_periods_with_true_dates_and_the_running_path()
    {
        var request = Pune1991(depth: 3);
        request.FromDate = "2020-01-01";
        request.ToDate = "2020-07-01";
        request.AtDate = "2020-03-15T12:00:00Z";

        var response = await Client.ComputeDashaAsync(request);

        var from = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var to = new DateTime(2020, 7, 1, 0, 0, 0, DateTimeKind.Utc);
        var at = new DateTime(2020, 3, 15, 12, 0, 0, DateTimeKind.Utc);
        Assert.Multiple(() =>
        {
            Assert.That(response.Periods, Is.All.Matches<DashaPeriod>(p => p.Start.ToDateTime() < to && p.End.ToDateTime() > from));
            Assert.That(response.Periods.Where(p => p.Level == 1).Single().Start.ToDateTime(), Is.LessThan(from), "true start, not clipped");
            Assert.That(response.RunningAt.Select(p => p.Level), Is.EqualTo(new[] { 1, 2, 3 }));
            Assert.That(response.RunningAt, Is.All.Matches<DashaPeriod>(p => p.Start.ToDateTime() <= at && at < p.End.ToDateTime()));
        });
    }

    [TestCase(5, null, null)]
    [TestCase(6, "2000-01-01", "2010-01-01")]
    public async Task Deep_trees_stream_period_by_period_without_gaps(int depth, string? from, string? to)
    {
        var request = Pune1991(depth);
        request.FromDate = from ?? string.Empty;
        request.ToDate = to ?? string.Empty;
        using var call = Client.StreamDasha(request);

        var deepest = new List<DashaPeriod>();
        var mahadashas = new List<DashaPeriod>();
        await foreach (var period in call.ResponseStream.ReadAllAsync())
        {
            (period.Level == depth ? deepest : period.Level == 1 ? mahadashas : []).Add(period);
        }

        for (var i = 1; i < deepest.Count; i++)
        {
            Assert.That(deepest[i].Start, Is.EqualTo(deepest[i - 1].End), "the deepest periods follow each other without gaps");
        }

        var birth = new DateTime(1991, 3, 25, 4, 16, 0, DateTimeKind.Utc);
        var windowStart = from is null ? birth : DateTime.Parse(from, System.Globalization.CultureInfo.InvariantCulture).ToUniversalTime();
        var windowEnd = to is null ? birth.AddDays(120 * 365.25) : DateTime.Parse(to, System.Globalization.CultureInfo.InvariantCulture).ToUniversalTime();
        Assert.That(deepest[0].Start.ToDateTime(), Is.LessThanOrEqualTo(windowStart.AddDays(1)));
        Assert.That(deepest[^1].End.ToDateTime(), Is.GreaterThanOrEqualTo(windowEnd.AddDays(-1)));
        Assert.That(deepest.Select(p => p.Parents.Count), Is.All.EqualTo(depth - 1));
    }

    [Test]
    public void A_unary_request_too_big_for_one_message_points_to_the_stream()
    {
        var error = Assert.ThrowsAsync<RpcException>(async () => await Client.ComputeDashaAsync(Pune1991(depth: 6)))!;

        Assert.That(error.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
        Assert.That(error.Status.Detail, Does.Contain("StreamDasha"));
    }

    [TestCase("""{"datetime":"1991-03-25T09:46:00","tz":"Asia/Kolkata","latitude":18.5,"longitude":73.8,"depth":7}""", "depth")]
    [TestCase("""{"datetime":"1991-03-25T09:46:00","tz":"Asia/Kolkata","latitude":18.5,"longitude":73.8,"system":99}""", "system")]
    [TestCase("""{"datetime":"1991-03-25T09:46:00","tz":"Asia/Kolkata","latitude":18.5,"longitude":73.8,"yearLength":"LUNAR"}""", "yearLength")]
    [TestCase("""{"datetime":"1991-03-25T09:46:00","tz":"Asia/Kolkata","latitude":18.5,"longitude":73.8,"fromDate":"soon"}""", "fromDate")]
    [TestCase("""{"datetime":"1991-03-25T09:46:00","tz":"Asia/Kolkata","latitude":18.5,"longitude":73.8,"fromDate":"2020-01-01","toDate":"2019-01-01"}""", "toDate")]
    [TestCase("""{"datetime":"1991-03-25T09:46:00","tz":"Asia/Kolkata","latitude":18.5,"longitude":73.8,"atDate":"2020-13-01"}""", "atDate")]
    [TestCase("""{"datetime":"1991-03-25T09:46:00","tz":"Asia/Kolkata","latitude":95,"longitude":73.8}""", "latitude")]
    [TestCase("""{"datetime":"1991-03-25T09:46:00","tz":"Asia/Kolkata","latitude":18.5,"longitude":73.8,"houseSystem":"NOPE"}""", "houseSystem")]
    [TestCase("""{"datetime":"1991-03-25T09:46:00","tz":"Asia/Kolkata","latitude":18.5,"longitude":73.8,"timeScale":"TT"}""", "timeScale")]
    [TestCase("""{"datetime":"1991-03-25T09:46:00","tz":"Asia/Kolkata","latitude":18.5,"longitude":73.8,"timeScale":7}""", "timeScale")]
    [TestCase("""{"datetime":"1991-03-25T09:46:00","tz":"Asia/Kolkata","latitude":18.5,"longitude":73.8,"startingStar":"KSHEMA","system":"YOGINI"}""", "startingStar")]
    [TestCase("""{"datetime":"1991-03-25T09:46:00","tz":"Asia/Kolkata","latitude":18.5,"longitude":73.8,"startingStar":2}""", "startingStar")]
    public async Task Bad_dasha_input_is_400_naming_the_field(string body, string field)
    {
        var (status, text) = await RestErrors.PostAsync("/v1/dasha", body);

        Assert.That(status, Is.EqualTo((int)HttpStatusCode.BadRequest), text);
        Assert.That(RestErrors.ViolatedFields(text), Does.Contain(field));
    }

    /// <summary>
    /// PyJHora's JHora-checked test birth (Chennai 1996-12-07 10:34 IST) with its conventions, the civil UTC read as UT:
    /// the first four mahadashas start at PyJHora's seconds (its pvr_tests.py, _vimsottari_test_6, in IST there).
    /// </summary>
    [Test]
    public async Task Utc_read_as_ut_reproduces_jagannatha_hora_mahadasha_starts_and_is_echoed()
    {
        var (status, body) = await RestErrors.PostAsync("/v1/dasha", """
            {"datetime":"1996-12-07T10:34:00","tz":"Asia/Kolkata","latitude":13.0389,"longitude":80.2619,
             "positions":"GEOMETRIC","yearLength":"MEAN_SIDEREAL_365_256364","depth":1,
             "timeScale":"UTC_AS_UT"}
            """);

        Assert.That(status, Is.EqualTo(200), body);
        using var answer = JsonDocument.Parse(body);
        var starts = answer.RootElement.GetProperty("periods").EnumerateArray()
            .Select(period => DateTime.Parse(period.GetProperty("start").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal))
            .Take(4).ToList();
        string[] expected = ["1996-07-15T19:42:44Z", "2014-07-16T10:27:42Z", "2030-07-16T12:54:19Z", "2049-07-16T09:48:26Z"];
        Assert.Multiple(() =>
        {
            for (var i = 0; i < expected.Length; i++)
            {
                var book = DateTime.Parse(expected[i], CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);
                Assert.That(Math.Abs((starts[i] - book).TotalSeconds), Is.LessThan(1), expected[i]);
            }

            Assert.That(answer.RootElement.GetProperty("settings").GetProperty("timeScale").GetString(), Is.EqualTo("UTC_AS_UT"));
            Assert.That(answer.RootElement.GetProperty("time").GetProperty("timeScale").GetString(), Is.EqualTo("UTC_AS_UT"));
        });
    }

    /// <summary>
    /// The Utpanna star (the 5th from the Moon's) moves the cycle's entry by four stars and keeps the Moon's elapsed part:
    /// the birth lord is four lords on in the Vimshottari order, its balance that lord's years times the same remainder.
    /// </summary>
    [Test]
    public async Task Vimshottari_from_the_utpanna_star_keeps_the_moons_elapsed_part()
    {
        async Task<JsonElement> Dasha(string star)
        {
            var (status, body) = await RestErrors.PostAsync("/v1/dasha",
                "{\"datetime\":\"1991-03-25T09:46:00\",\"tz\":\"Asia/Kolkata\",\"latitude\":18.5204,\"longitude\":73.8567,\"depth\":1,"
                + "\"startingStar\":\"" + star + "\"}");
            Assert.That(status, Is.EqualTo(200), body);
            return JsonDocument.Parse(body).RootElement.Clone();
        }

        var moon = await Dasha("MOON");
        var utpanna = await Dasha("UTPANNA");
        string[] order = ["Ketu", "Venus", "Sun", "Moon", "Mars", "Rahu", "Jupiter", "Saturn", "Mercury"];
        double[] years = [7, 20, 6, 10, 7, 18, 16, 19, 17];
        var moonLord = Array.IndexOf(order, moon.GetProperty("birthLord").GetProperty("name").GetString());
        var utpannaLord = Array.IndexOf(order, utpanna.GetProperty("birthLord").GetProperty("name").GetString());
        Assert.Multiple(() =>
        {
            Assert.That(utpannaLord, Is.EqualTo((moonLord + 4) % 9));
            Assert.That(utpanna.GetProperty("elapsedFraction").GetDouble(), Is.EqualTo(moon.GetProperty("elapsedFraction").GetDouble()).Within(1e-9));
            Assert.That(utpanna.GetProperty("balanceYears").GetDouble(),
                Is.EqualTo(years[utpannaLord] * (1 - moon.GetProperty("elapsedFraction").GetDouble())).Within(1e-9));
            Assert.That(utpanna.GetProperty("moonNakshatra").GetString(), Is.EqualTo(moon.GetProperty("moonNakshatra").GetString()));
            Assert.That(utpanna.GetProperty("settings").GetProperty("startingStar").GetString(), Is.EqualTo("UTPANNA"));
        });
    }

    [Test]
    public async Task The_stream_equals_the_unary_tree_for_the_same_request()
    {
        var request = Pune1991(depth: 4);
        request.FromDate = "2010-01-01";
        request.ToDate = "2012-01-01";

        var unary = (await Client.ComputeDashaAsync(request)).Periods;
        using var call = Client.StreamDasha(request);
        var streamed = new List<DashaPeriod>();
        await foreach (var period in call.ResponseStream.ReadAllAsync())
        {
            streamed.Add(period);
        }

        Assert.That(streamed, Is.EqualTo(unary));
    }

    [Test]
    public async Task A_window_starting_exactly_where_a_mahadasha_ends_leaves_that_mahadasha_out()
    {
        var all = (await Client.ComputeDashaAsync(Pune1991(depth: 1))).Periods;
        var boundary = all[1].End.ToDateTime();
        var request = Pune1991(depth: 1);
        request.FromDate = boundary.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", System.Globalization.CultureInfo.InvariantCulture);

        var windowed = (await Client.ComputeDashaAsync(request)).Periods;

        Assert.That(windowed[0], Is.EqualTo(all[2]), "periods are half-open: one ending at the window's start does not overlap it");
    }
}
