using System.Net;
using System.Text.Json;
using Google.Rpc;
using Grpc.Core;
using Jyotishika.Server.Tests.Infrastructure;
using Jyotishika.V1;

namespace Jyotishika.Server.Tests.Ephemeris;

/// <summary>EphemerisService over gRPC (server streaming) and REST (GET, the transcoded stream of JSON objects).</summary>
public sealed class EphemerisEndpointTests
{
    private static EphemerisService.EphemerisServiceClient Client => new(ServerFixture.Grpc);

    [Test]
    public async Task Positions_stream_one_message_per_instant_with_the_charts_longitudes()
    {
        var request = new PositionsRequest
        {
            Start = "2024-01-01T05:30:00+05:30",
            End = "2024-01-02T00:00:00Z",
            StepSeconds = 6 * 3600,
            Bodies = { Planet.Moon, Planet.Sun, Planet.Ketu },
            Settings = new EphemerisSettings { Ayanamsha = Ayanamsha.Raman, NodeType = NodeType.True, CalculationPath = CalculationPath.Native },
        };

        var messages = await ReadAllAsync(Client.StreamPositions(request));

        Assert.That(messages.Select(m => m.Instant),
            Is.EqualTo(new[]
            {
                "2024-01-01T00:00:00Z", "2024-01-01T06:00:00Z", "2024-01-01T12:00:00Z", "2024-01-01T18:00:00Z", "2024-01-02T00:00:00Z",
            }));
        var chart = await new ChartService.ChartServiceClient(ServerFixture.Grpc).ComputeChartAsync(new ChartRequest
        {
            Datetime = "2024-01-01T12:00:00Z", Latitude = 0, Longitude = 0, Ayanamsha = Ayanamsha.Raman, NodeType = NodeType.True,
            CalculationPath = CalculationPath.Native,
        });
        var noon = messages[2];
        Assert.Multiple(() =>
        {
            Assert.That(noon.Positions.Select(p => p.Body), Is.EqualTo(new[] { Planet.Moon, Planet.Sun, Planet.Ketu }));
            foreach (var position in noon.Positions)
            {
                var planet = chart.Planets.Single(p => p.Planet == position.Body);
                Assert.That(position.Longitude, Is.EqualTo(planet.Longitude).Within(1e-9), position.Body.ToString());
                Assert.That(position.Speed, Is.EqualTo(planet.Speed).Within(1e-12), position.Body.ToString());
                Assert.That(position.SignIndex, Is.EqualTo(planet.SignIndex + 1), "1 = Aries here, 0 = Aries in a chart");
                Assert.That(position.NakshatraNumber, Is.EqualTo(planet.NakshatraNumber));
            }

            Assert.That(noon.JulianDayUt, Is.EqualTo(chart.Metadata.Time.JulianDayUt));
        });
    }

    [Test]
    public async Task Events_stream_in_time_order_with_names_and_millisecond_instants()
    {
        var request = new EventsRequest
        {
            Start = "2024-03-01T00:00:00Z",
            End = "2024-06-01T00:00:00Z",
            Bodies = { Planet.Sun, Planet.Moon, Planet.Mercury },
            Kinds = { EventKind.SignIngress, EventKind.StationRetrograde, EventKind.StationDirect, EventKind.Conjunction },
        };

        var events = await ReadAllAsync(Client.SearchEvents(request));

        var retrograde = events.Single(e => e.Kind == EventKind.StationRetrograde);
        var direct = events.Single(e => e.Kind == EventKind.StationDirect);
        Assert.Multiple(() =>
        {
            Assert.That(events.Select(e => e.JulianDayUt), Is.Ordered);
            Assert.That(events, Is.All.Matches<CelestialEvent>(e => e.Instant.Length == 24 && e.Instant.EndsWith('Z')));
            Assert.That(events.Where(e => e.Kind == EventKind.SignIngress && e.Body == Planet.Sun).Select(e => e.Sign),
                Is.EqualTo(new[] { "Pisces", "Aries", "Taurus" }), "the Sun's sidereal ingresses of March, April and May");
            Assert.That(retrograde.Body, Is.EqualTo(Planet.Mercury));
            Assert.That(retrograde.Instant, Does.StartWith("2024-04-01T22:13:4"));
            Assert.That(retrograde.RetrogradeUntil, Is.EqualTo(direct.Instant));
            var conjunctions = events.Where(e => e.Kind == EventKind.Conjunction).ToList();
            Assert.That(conjunctions, Is.All.Matches<CelestialEvent>(e => e.OtherBody != Planet.Unspecified));
            Assert.That(conjunctions.Count(e => e.Body == Planet.Sun && e.OtherBody == Planet.Moon), Is.EqualTo(3),
                "new moons of 10 March, 8 April and 8 May");
        });
    }

    [Test]
    public async Task REST_GET_streams_the_positions_as_JSON_objects()
    {
        using var response = await ServerFixture.Rest.GetAsync(new Uri(
            "/v1/ephemeris/positions?start=2024-01-01T00:00:00Z&end=2024-01-01T03:00:00Z&stepSeconds=3600&bodies=PLANET_MOON",
            UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        var messages = JsonObjects(body);
        Assert.That(messages.Select(m => m.GetProperty("instant").GetString()),
            Is.EqualTo(new[] { "2024-01-01T00:00:00Z", "2024-01-01T01:00:00Z", "2024-01-01T02:00:00Z", "2024-01-01T03:00:00Z" }));
        Assert.That(messages[0].GetProperty("positions")[0].GetProperty("body").GetString(), Is.EqualTo("MOON"));
        Assert.That(messages[0].GetProperty("positions")[0].GetProperty("nakshatraNumber").GetInt32(), Is.EqualTo(10), "Magha");
    }

    [Test]
    public async Task REST_GET_takes_nested_settings_as_dotted_parameters()
    {
        const string Range = "start=2024-01-01T00:00:00Z&end=2024-01-01T01:00:00Z&stepSeconds=3600&bodies=PLANET_SUN";

        var lahiri = await SunLongitudeAsync(Range);
        var raman = await SunLongitudeAsync(Range + "&settings.ayanamsha=AYANAMSHA_RAMAN");

        // Raman's ayanamsha is about 1.45° smaller than Lahiri's in 2024, so the sidereal Sun stands that much further on.
        Assert.That(raman - lahiri, Is.InRange(1.3, 1.6));
    }

    /// <summary>
    /// UTC read as UT: each instant's Julian day is swe_julday's (1996-12-07 05:04 UTC → 2450424.71111…), a chart with the same
    /// setting has the same Moon, and the Moon's nakshatra ingress is given back on that scale — 0.069 s (UT1 − UTC that
    /// day) earlier by the clock than under UT1, since the same Moon is reached at the same UT.
    /// </summary>
    [Test]
    public async Task Utc_read_as_ut_gives_swe_julday_and_the_charts_moon()
    {
        var request = new PositionsRequest
        {
            Start = "1996-12-07T05:04:00Z", End = "1996-12-07T06:04:00Z", StepSeconds = 3600, Bodies = { Planet.Moon },
            Settings = new EphemerisSettings { TimeScale = TimeScale.UtcAsUt, Positions = PositionType.Geometric },
        };
        var messages = await ReadAllAsync(Client.StreamPositions(request));
        var chart = await new ChartService.ChartServiceClient(ServerFixture.Grpc).ComputeChartAsync(new ChartRequest
        {
            Datetime = "1996-12-07T05:04:00Z", Latitude = 13, Longitude = 80, Positions = PositionType.Geometric, TimeScale = TimeScale.UtcAsUt,
        });

        Assert.Multiple(() =>
        {
            Assert.That(messages[0].JulianDayUt, Is.EqualTo(2450424.5 + (5 + 4 / 60.0) / 24).Within(1e-9));
            Assert.That(messages[0].JulianDayUt, Is.EqualTo(chart.Metadata.Time.JulianDayUt));
            Assert.That(messages[0].Positions[0].Longitude, Is.EqualTo(chart.Planets.Single(p => p.Planet == Planet.Moon).Longitude).Within(1e-9));
        });

        async Task<DateTime> IngressAsync(TimeScale scale)
        {
            var events = await ReadAllAsync(Client.SearchEvents(new EventsRequest
            {
                Start = "1996-12-07T00:00:00Z", End = "1996-12-09T00:00:00Z", Bodies = { Planet.Moon }, Kinds = { EventKind.NakshatraChange },
                Settings = new EphemerisSettings { TimeScale = scale, CalculationPath = CalculationPath.Native },
            }));
            return DateTime.Parse(events[0].Instant, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal);
        }

        var shift = (await IngressAsync(TimeScale.Ut1) - await IngressAsync(TimeScale.UtcAsUt)).TotalSeconds;
        Assert.That(shift, Is.EqualTo(0.069).Within(0.0011), "instants are given to the millisecond");
    }

    private static async Task<double> SunLongitudeAsync(string query)
    {
        using var response = await ServerFixture.Rest.GetAsync(new Uri("/v1/ephemeris/positions?" + query, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        return JsonObjects(body)[0].GetProperty("positions")[0].GetProperty("longitude").GetDouble();
    }

    [Test]
    public async Task REST_GET_streams_the_events()
    {
        using var response = await ServerFixture.Rest.GetAsync(new Uri(
            "/v1/ephemeris/events?start=2024-01-01T00:00:00Z&end=2024-01-08T00:00:00Z&bodies=PLANET_MOON&kinds=EVENT_KIND_NAKSHATRA_CHANGE",
            UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        var events = JsonObjects(body);
        Assert.That(events, Has.Count.InRange(6, 8), "about one nakshatra a day");
        Assert.That(events[0].GetProperty("kind").GetString(), Is.EqualTo("NAKSHATRA_CHANGE"));
        Assert.That(events[0].GetProperty("nakshatra").GetString(), Is.EqualTo("Purva Phalguni"));
        Assert.That(events[0].GetProperty("instant").GetString(), Does.StartWith("2024-01-01T03:06:"));
    }

    private static readonly (string Name, Action<PositionsRequest> Break, string Field)[] BadPositions =
    [
        ("start missing", r => r.Start = string.Empty, "start"),
        ("start without offset", r => r.Start = "2024-01-01T00:00:00", "start"),
        ("start before 1800", r => r.Start = "1799-06-01T00:00:00Z", "start"),
        ("end before start", r => r.End = "2023-12-31T00:00:00Z", "end"),
        ("end after 2399", r => r.End = "2400-01-02T00:00:00Z", "end"),
        ("step zero", r => r.StepSeconds = 0, "stepSeconds"),
        ("too many instants", r => { r.End = "2025-01-01T00:00:00Z"; r.StepSeconds = 1; }, "stepSeconds"),
        ("unspecified body", r => r.Bodies.Add(Planet.Unspecified), "bodies"),
        ("unknown body", r => r.Bodies.Add((Planet)40), "bodies"),
        ("unknown ayanamsha", r => r.Settings = new EphemerisSettings { Ayanamsha = (Ayanamsha)48 }, "settings.ayanamsha"),
        ("user ayanamsha missing", r => r.Settings = new EphemerisSettings { Ayanamsha = Ayanamsha.UserDefined }, "settings.userAyanamsha"),
    ];

    private static IEnumerable<TestCaseData> BadPositionRequests() =>
        BadPositions.Select(c => new TestCaseData(c.Break, c.Field).SetArgDisplayNames(c.Name));

    [TestCaseSource(nameof(BadPositionRequests))]
    public void Bad_positions_input_is_INVALID_ARGUMENT_naming_the_field(Action<PositionsRequest> breakRequest, string field)
    {
        ArgumentNullException.ThrowIfNull(breakRequest);
        var request = new PositionsRequest { Start = "2024-01-01T00:00:00Z", End = "2024-01-02T00:00:00Z", StepSeconds = 3600 };
        breakRequest(request);

        var error = Assert.ThrowsAsync<RpcException>(async () => await ReadAllAsync(Client.StreamPositions(request)))!;

        Assert.That(error.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
        Assert.That(error.GetRpcStatus()?.GetDetail<BadRequest>()?.FieldViolations.Select(v => v.Field), Does.Contain(field));
    }

    [Test]
    public void Bad_events_input_is_INVALID_ARGUMENT_naming_every_field()
    {
        var request = new EventsRequest
        {
            Start = "2024-01-01T00:00:00Z",
            End = "2300-01-01T00:00:00Z",
            Kinds = { EventKind.Unspecified },
            Settings = new EphemerisSettings { NodeType = (NodeType)5 },
        };

        var error = Assert.ThrowsAsync<RpcException>(async () => await ReadAllAsync(Client.SearchEvents(request)))!;

        Assert.That(error.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
        Assert.That(error.GetRpcStatus()?.GetDetail<BadRequest>()?.FieldViolations.Select(v => v.Field),
            Is.EquivalentTo(new[] { "end", "kinds", "settings.nodeType" }));
    }

    [TestCase("start=2024-01-01T00:00:00&end=2024-01-02T00:00:00Z&stepSeconds=60", "start")]
    [TestCase("start=2024-01-02T00:00:00Z&end=2024-01-01T00:00:00Z&stepSeconds=60", "end")]
    [TestCase("start=2024-01-01T00:00:00Z&end=2024-01-02T00:00:00Z&stepSeconds=0", "stepSeconds")]
    [TestCase("start=2024-01-01T00:00:00Z&end=2024-01-02T00:00:00Z&stepSeconds=3600&settings.timeScale=TIME_SCALE_TAI", "settings.timeScale")]
    [TestCase("start=2024-01-01T00:00:00Z&end=2024-01-02T00:00:00Z&stepSeconds=60&bodies=PLANET_UNSPECIFIED", "bodies")]
    [TestCase("start=2024-01-01T00:00:00Z&end=2024-01-02T00:00:00Z&stepSeconds=60&settings.ayanamsha=NOPE", "settings.ayanamsha")]
    [TestCase("start=2024-01-01T00:00:00Z&end=2024-01-02T00:00:00Z&stepSeconds=60&settings.nodeTyp=TRUE", "settings.nodeTyp")]
    [TestCase("start=2024-01-01T00:00:00Z&end=2024-01-02T00:00:00Z&stepSeconds=60&start.seconds=5", "start.seconds")]
    public async Task Bad_REST_positions_input_is_400_naming_the_field(string query, string field)
    {
        using var response = await ServerFixture.Rest.GetAsync(new Uri("/v1/ephemeris/positions?" + query, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), body);
        Assert.That(RestErrors.ViolatedFields(body), Does.Contain(field));
    }

    [Test]
    public async Task The_service_reports_its_own_gRPC_health()
    {
        var health = new Grpc.Health.V1.Health.HealthClient(ServerFixture.Grpc);

        var response = await health.CheckAsync(new Grpc.Health.V1.HealthCheckRequest { Service = EphemerisService.Descriptor.FullName });

        Assert.That(response.Status, Is.EqualTo(Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus.Serving));
    }

    internal static async Task<List<T>> ReadAllAsync<T>(AsyncServerStreamingCall<T> call)
    {
        using (call)
        {
            var messages = new List<T>();
            await foreach (var message in call.ResponseStream.ReadAllAsync())
            {
                messages.Add(message);
            }

            return messages;
        }
    }

    /// <summary>The transcoded stream: one JSON object per message, one after another.</summary>
    internal static List<JsonElement> JsonObjects(string body)
    {
        var objects = new List<JsonElement>();
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(body), new JsonReaderOptions { AllowMultipleValues = true });
        while (reader.Read())
        {
            objects.Add(JsonElement.ParseValue(ref reader));
        }

        return objects;
    }
}
