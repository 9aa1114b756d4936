using System.Globalization;
using System.Net;
using System.Text.Json;
using Google.Rpc;
using Grpc.Core;
using Jyotishika.Server.Tests.Infrastructure;
using Jyotishika.V1;

namespace Jyotishika.Server.Tests.Ephemeris;

/// <summary>
/// Eclipse kinds of SearchEvents as a user meets them: REST with an observer, against published eclipse circumstances
/// (the engine's own tests hold every instant to swetest within a second), gRPC, and refusals naming the field.
/// </summary>
public sealed class EclipseEventEndpointTests
{
    private static EphemerisService.EphemerisServiceClient Client => new(ServerFixture.Grpc);

    /// <summary>
    /// Two years around the 2024-04-08 total solar eclipse, seen from Dallas (inside its path of totality). The lunar
    /// eclipse of 2022-11-08 is checked against the times Astronomy magazine published (NASA's figures: penumbral begin
    /// 08:02:17 … end 13:56:08 UT); the library's contacts are 0–7 s later (different shadow enlargement and ΔT), so 10 s.
    /// The solar maximum is NASA's 18:17:16 UT within 6 s (NASA's ΔT is 4 s off the library's).
    /// </summary>
    [Test]
    public async Task REST_lists_solar_and_lunar_eclipses_with_their_local_view_in_time_order()
    {
        using var response = await ServerFixture.Rest.GetAsync(new Uri(
            "/v1/ephemeris/events?start=2022-11-01T00:00:00Z&end=2024-05-01T00:00:00Z&kinds=SOLAR_ECLIPSE&kinds=LUNAR_ECLIPSE"
                + "&latitude=32.78&longitude=-96.8",
            UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        var events = EphemerisEndpointTests.JsonObjects(body);
        // NASA's catalogues: 2022-11-08 total lunar; 2023-04-20 hybrid solar, 2023-05-05 penumbral lunar, 2023-10-14
        // annular solar, 2023-10-28 partial lunar; 2024-03-25 penumbral lunar, 2024-04-08 total solar.
        Assert.That(events.Select(e => (e.GetProperty("kind").GetString(), e.GetProperty("instant").GetString()![..10])),
            Is.EqualTo(new[]
            {
                ("LUNAR_ECLIPSE", "2022-11-08"), ("SOLAR_ECLIPSE", "2023-04-20"), ("LUNAR_ECLIPSE", "2023-05-05"),
                ("SOLAR_ECLIPSE", "2023-10-14"), ("LUNAR_ECLIPSE", "2023-10-28"), ("LUNAR_ECLIPSE", "2024-03-25"),
                ("SOLAR_ECLIPSE", "2024-04-08"),
            }));
        Assert.That(events.Select(e => Type(e)),
            Is.EqualTo(new[] { "TOTAL", "HYBRID", "PENUMBRAL", "ANNULAR", "PARTIAL", "PENUMBRAL", "TOTAL" }));

        var lunar = events[0].GetProperty("lunarEclipse");
        var day = new DateTime(2022, 11, 8, 0, 0, 0, DateTimeKind.Utc);
        var published = new[] { "08:02:17", "09:09:12", "10:16:39", "10:59:09", "11:41:37", "12:49:03", "13:56:08" }
            .Select(t => day + TimeSpan.Parse(t, CultureInfo.InvariantCulture));
        string[] phases = ["penumbralBegin", "partialBegin", "totalityBegin", "maximum", "totalityEnd", "partialEnd", "penumbralEnd"];
        Assert.That(phases.Select(p => Instant(lunar, p)), Is.EqualTo(published).Within(TimeSpan.FromSeconds(10)));

        var solar = events[^1].GetProperty("solarEclipse");
        var local = solar.GetProperty("local");
        Assert.Multiple(() =>
        {
            Assert.That(events[^1].GetProperty("body").GetString(), Is.EqualTo("SUN"));
            Assert.That(events[^1].GetProperty("otherBody").GetString(), Is.EqualTo("MOON"));
            Assert.That(events[^1].GetProperty("sign").GetString(), Is.EqualTo("Pisces"), "the Sun at 25° Pisces (Lahiri)");
            Assert.That(Instant(solar, "maximum"), Is.EqualTo(new DateTime(2024, 4, 8, 18, 17, 16, DateTimeKind.Utc)).Within(TimeSpan.FromSeconds(6)));
            Assert.That(solar.GetProperty("central").GetBoolean(), Is.True);
            Assert.That(local.GetProperty("visible").GetBoolean(), Is.True);
            Assert.That(local.GetProperty("type").GetString(), Is.EqualTo("TOTAL"), "Dallas lay in the path of totality");
            Assert.That(Instant(local, "secondContact"), Is.LessThan(Instant(local, "thirdContact")));
            Assert.That(local.GetProperty("sunAltitude").GetDouble(), Is.GreaterThan(60));
            // The hybrid eclipse of 2023-04-20 crossed the Indian Ocean, Australia and Indonesia: nothing of it in Texas.
            Assert.That(events[1].GetProperty("solarEclipse").GetProperty("local").GetProperty("visible").GetBoolean(), Is.False);
        });
    }

    [Test]
    public async Task Without_a_place_there_is_no_local_view_and_other_bodies_hear_of_no_eclipse()
    {
        var request = new EventsRequest
        {
            Start = "2024-03-01T00:00:00Z",
            End = "2024-05-01T00:00:00Z",
            Bodies = { Planet.Moon, Planet.Saturn },
            Kinds = { EventKind.SolarEclipse, EventKind.LunarEclipse, EventKind.SignIngress },
        };
        var saturnOnly = new EventsRequest { Start = request.Start, End = request.End, Bodies = { Planet.Saturn } };

        var events = await EphemerisEndpointTests.ReadAllAsync(Client.SearchEvents(request));
        var saturnEvents = await EphemerisEndpointTests.ReadAllAsync(Client.SearchEvents(saturnOnly));

        var eclipses = events.Where(e => e.Kind is EventKind.SolarEclipse or EventKind.LunarEclipse).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(eclipses.Select(e => e.Kind), Is.EqualTo(new[] { EventKind.LunarEclipse, EventKind.SolarEclipse }));
            Assert.That(eclipses[0].LunarEclipse.Type, Is.EqualTo(LunarEclipseType.Penumbral));
            Assert.That(eclipses[0].LunarEclipse.PartialBegin, Is.Empty, "a penumbral eclipse has no umbral phase");
            Assert.That(eclipses[0].LunarEclipse.Local, Is.Null);
            Assert.That(eclipses[1].SolarEclipse.Local, Is.Null);
            Assert.That(eclipses[1].SolarEclipse.Type, Is.EqualTo(SolarEclipseType.Total));
            Assert.That(events.Select(e => e.JulianDayUt), Is.Ordered);
            Assert.That(events.Count(e => e.Kind == EventKind.SignIngress), Is.GreaterThan(3), "the Moon's ingresses around them");
            Assert.That(saturnEvents.Where(e => e.Kind is EventKind.SolarEclipse or EventKind.LunarEclipse), Is.Empty);
        });
    }

    [TestCase(true, false, 40.0, 0.0, "longitude")]
    [TestCase(false, true, 0.0, 10.0, "latitude")]
    [TestCase(true, true, 91.0, 10.0, "latitude")]
    [TestCase(true, true, 10.0, 181.0, "longitude")]
    public void A_bad_observer_is_INVALID_ARGUMENT_naming_the_coordinate(
        bool hasLatitude, bool hasLongitude, double latitude, double longitude, string field)
    {
        var request = new EventsRequest { Start = "2024-01-01T00:00:00Z", End = "2025-01-01T00:00:00Z", Kinds = { EventKind.SolarEclipse } };
        if (hasLatitude)
        {
            request.Latitude = latitude;
        }

        if (hasLongitude)
        {
            request.Longitude = longitude;
        }

        var error = Assert.ThrowsAsync<RpcException>(async () => await EphemerisEndpointTests.ReadAllAsync(Client.SearchEvents(request)))!;

        Assert.That(error.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
        Assert.That(error.GetRpcStatus()?.GetDetail<BadRequest>()?.FieldViolations.Select(v => v.Field), Is.EqualTo(new[] { field }));
    }

    [TestCase("&latitude=north&longitude=10", "latitude")]
    [TestCase("&latitude=10", "longitude")]
    public async Task A_bad_REST_observer_is_400_naming_the_coordinate(string place, string field)
    {
        using var response = await ServerFixture.Rest.GetAsync(new Uri(
            "/v1/ephemeris/events?start=2024-01-01T00:00:00Z&end=2025-01-01T00:00:00Z&kinds=SOLAR_ECLIPSE" + place, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), body);
        Assert.That(RestErrors.ViolatedFields(body), Does.Contain(field));
    }

    private static string Type(JsonElement found) =>
        (found.TryGetProperty("solarEclipse", out var solar) ? solar : found.GetProperty("lunarEclipse")).GetProperty("type").GetString()!;

    private static DateTime Instant(JsonElement element, string name) =>
        DateTime.Parse(element.GetProperty(name).GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
}
