using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Jyotishika.Server.Tests.Infrastructure;
using Jyotishika.V1;
using Microsoft.Extensions.DependencyInjection;
using Domain = Jyotishika.Engine;

namespace Jyotishika.Server.Tests;

public sealed class ChartRoundTripTests
{
    private static readonly DateTime Pune1991Utc = new(1991, 3, 25, 4, 16, 0, DateTimeKind.Utc);

    [Test]
    public async Task Grpc_chart_returns_exactly_what_the_engine_computes_for_the_resolved_instant()
    {
        var client = new ChartService.ChartServiceClient(ServerFixture.Grpc);

        var response = await client.ComputeChartAsync(ChartRequests.Pune1991());

        // Asia/Kolkata has been UTC+05:30 without DST since 1945 (IANA tzdb), so 09:46 local is 04:16 UTC.
        var expected = await Engine.ComputeAsync(new Domain.ChartInput(Pune1991Utc, 18.5204, 73.8567, Domain.ChartSettings.Default));
        Assert.Multiple(() =>
        {
            Assert.That(response.Metadata.Time.Utc.ToDateTime(), Is.EqualTo(Pune1991Utc));
            Assert.That(response.Metadata.Time.UtcOffsetSeconds, Is.EqualTo(19800));
            Assert.That(response.Metadata.Time.TimeZone, Is.EqualTo("Asia/Kolkata"));
            Assert.That(response.Metadata.Time.Source, Is.EqualTo(TimeSource.GivenTz));
            Assert.That(response.Metadata.Time.JulianDayUt, Is.EqualTo(expected.JulianDayUt));
            Assert.That(response.Ascendant.Longitude, Is.EqualTo(expected.Ascendant.Longitude));
            Assert.That(response.Planets.Select(p => (int)p.Planet), Is.EqualTo(expected.Grahas.Select(g => (int)g.Graha)));
            Assert.That(response.Planets.Select(p => p.Longitude), Is.EqualTo(expected.Grahas.Select(g => g.Longitude)));
            Assert.That(response.Planets.Select(p => p.Speed), Is.EqualTo(expected.Grahas.Select(g => g.Speed)));
            Assert.That(response.Planets.Select(p => p.House), Is.EqualTo(expected.Grahas.Select(g => g.House)));
            Assert.That(response.Houses.Select(h => h.Longitude), Is.EqualTo(expected.Cusps.Select(c => c.Placement.Longitude)));
            Assert.That(response.Metadata.AyanamshaDegrees, Is.EqualTo(expected.AyanamshaDegrees));
        });
    }

    [Test]
    public async Task Grpc_chart_echoes_the_defaults_it_applied()
    {
        var client = new ChartService.ChartServiceClient(ServerFixture.Grpc);
        var request = new ChartRequest { Datetime = "2000-01-01T12:00:00Z", Latitude = 51.5, Longitude = 0 };

        var response = await client.ComputeChartAsync(request);

        Assert.Multiple(() =>
        {
            Assert.That(response.Settings.HouseSystem, Is.EqualTo(HouseSystem.WholeSign));
            Assert.That(response.Settings.Ayanamsha, Is.EqualTo(Ayanamsha.Lahiri));
            Assert.That(response.Settings.NodeType, Is.EqualTo(NodeType.Mean));
            Assert.That(response.Settings.Positions, Is.EqualTo(PositionType.Apparent));
            Assert.That(response.Metadata.Time.Source, Is.EqualTo(TimeSource.GivenOffset));
            Assert.That(response.Planets, Has.Count.EqualTo(9));
            Assert.That(response.Houses, Has.Count.EqualTo(12));
            Assert.That(response.Metadata.Ephemeris, Does.StartWith("Swiss Ephemeris 2."));
        });
    }

    [Test]
    public async Task Grpc_chart_honours_every_setting_it_is_given()
    {
        var client = new ChartService.ChartServiceClient(ServerFixture.Grpc);
        var request = ChartRequests.Pune1991();
        request.HouseSystem = HouseSystem.Gauquelin;
        request.Ayanamsha = Ayanamsha.TrueCitra;
        request.NodeType = NodeType.True;
        request.Positions = PositionType.Geometric;
        request.IncludeOuterPlanets = true;
        request.TimeScale = TimeScale.UtcAsUt;

        var response = await client.ComputeChartAsync(request);

        var settings = new Domain.ChartSettings
        {
            HouseSystem = Domain.HouseSystem.Gauquelin,
            Ayanamsha = Domain.Ayanamsha.TrueCitra,
            NodeType = Domain.NodeType.True,
            PositionType = Domain.PositionType.Geometric,
            IncludeOuterPlanets = true,
            TimeScale = Domain.TimeScale.UtcAsUt,
        };
        var expected = await Engine.ComputeAsync(new Domain.ChartInput(Pune1991Utc, 18.5204, 73.8567, settings));
        Assert.Multiple(() =>
        {
            Assert.That(response.Settings.HouseSystem, Is.EqualTo(HouseSystem.Gauquelin));
            Assert.That(response.Settings.Ayanamsha, Is.EqualTo(Ayanamsha.TrueCitra));
            Assert.That(response.Settings.NodeType, Is.EqualTo(NodeType.True));
            Assert.That(response.Settings.Positions, Is.EqualTo(PositionType.Geometric));
            Assert.That(response.Houses, Has.Count.EqualTo(36));
            Assert.That(response.Planets.Select(p => p.Longitude), Is.EqualTo(expected.Grahas.Select(g => g.Longitude)));
            Assert.That(response.Planets.Last().Planet, Is.EqualTo(Planet.Pluto));
            Assert.That(response.Settings.TimeScale, Is.EqualTo(TimeScale.UtcAsUt));
            Assert.That(response.Metadata.Time.TimeScale, Is.EqualTo(TimeScale.UtcAsUt));

            // 1991-03-25 04:16 UTC read as UT is swe_julday's value exactly, not the UT1 the default would give.
            Assert.That(response.Metadata.Time.JulianDayUt, Is.EqualTo(2448340.5 + (4 + 16 / 60.0) / 24).Within(1e-9));
        });
    }

    [Test]
    public async Task Rest_v1_chart_and_the_older_chart_path_answer_the_same_as_grpc()
    {
        var grpc = await new ChartService.ChartServiceClient(ServerFixture.Grpc).ComputeChartAsync(ChartRequests.Pune1991());

        using var v1 = await PostAsync("/v1/chart", ChartRequests.OlderSystemJson);
        using var older = await PostAsync("/chart", ChartRequests.OlderSystemJson);

        Assert.That(v1.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(older.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var v1Json = JsonDocument.Parse(await v1.Content.ReadAsStringAsync());
        using var olderJson = JsonDocument.Parse(await older.Content.ReadAsStringAsync());
        var root = v1Json.RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(olderJson.RootElement.GetRawText(), Is.EqualTo(root.GetRawText()));
            Assert.That(root.GetProperty("ascendant").GetProperty("longitude").GetDouble(), Is.EqualTo(grpc.Ascendant.Longitude));
            var sun = root.GetProperty("planets")[0];
            Assert.That(sun.GetProperty("planet").GetString(), Is.EqualTo("SUN"));
            Assert.That(sun.GetProperty("longitude").GetDouble(), Is.EqualTo(grpc.Planets[0].Longitude));
            Assert.That(sun.GetProperty("signIndex").GetInt32(), Is.EqualTo(grpc.Planets[0].SignIndex));
            Assert.That(sun.GetProperty("pada").GetInt32(), Is.EqualTo(grpc.Planets[0].Pada));
            Assert.That(sun.GetProperty("charan").GetInt32(), Is.EqualTo(grpc.Planets[0].Pada));
            Assert.That(root.GetProperty("settings").GetProperty("houseSystem").GetString(), Is.EqualTo("WHOLE_SIGN"));
            Assert.That(root.GetProperty("settings").GetProperty("ayanamsha").GetString(), Is.EqualTo("LAHIRI"));
            Assert.That(root.GetProperty("metadata").GetProperty("time").GetProperty("utc").GetString(), Is.EqualTo("1991-03-25T04:16:00Z"));
        });
    }

    [Test]
    public async Task Rest_accepts_prefixed_enum_names_any_property_case_and_a_fixed_offset()
    {
        const string Body =
            """{"DateTime":"1991-03-25T09:46:00","LATITUDE":18.5204,"longitude":73.8567,"house_system":"HOUSE_SYSTEM_PLACIDUS","ayanamsha":"KRISHNAMURTI","utcOffsetMinutes":330}""";

        using var response = await PostAsync("/v1/chart", Body);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("settings").GetProperty("houseSystem").GetString(), Is.EqualTo("PLACIDUS"));
            Assert.That(root.GetProperty("settings").GetProperty("ayanamsha").GetString(), Is.EqualTo("KRISHNAMURTI"));
            Assert.That(root.GetProperty("metadata").GetProperty("time").GetProperty("source").GetString(), Is.EqualTo("GIVEN_UTC_OFFSET_MINUTES"));
            Assert.That(root.GetProperty("metadata").GetProperty("time").GetProperty("utc").GetString(), Is.EqualTo("1991-03-25T04:16:00Z"));
        });
    }

    [Test]
    public async Task Rest_reads_a_json_body_that_was_sent_without_a_json_content_type()
    {
        // curl -d sends application/x-www-form-urlencoded; browsers avoiding a CORS preflight send text/plain.
        using var content = new StringContent(ChartRequests.OlderSystemJson, Encoding.UTF8, "text/plain");

        using var response = await ServerFixture.Rest.PostAsync(new Uri("/v1/chart", UriKind.Relative), content);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Rest_chart_is_served_over_http2_on_the_grpc_port_too()
    {
        using var handler = new SocketsHttpHandler();
        using var client = new HttpClient(handler)
        {
            BaseAddress = new Uri($"http://127.0.0.1:{ServerFixture.GrpcPort}"),
            DefaultRequestVersion = HttpVersion.Version20,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        using var content = new StringContent(ChartRequests.OlderSystemJson, Encoding.UTF8, "application/json");

        using var response = await client.PostAsync(new Uri("/v1/chart", UriKind.Relative), content);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Version, Is.EqualTo(HttpVersion.Version20));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(body.GetProperty("planets").GetArrayLength(), Is.EqualTo(9));
    }

    private static Domain.ChartEngine Engine => ServerFixture.Services.GetRequiredService<Domain.ChartEngine>();

    private static async Task<HttpResponseMessage> PostAsync(string path, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        return await ServerFixture.Rest.PostAsync(new Uri(path, UriKind.Relative), content);
    }
}
