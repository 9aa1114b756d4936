using Google.Protobuf;
using Grpc.Core;
using Jyotishika.Server.Features.Charts;
using Jyotishika.Server.Platform.Calculation;
using Jyotishika.Server.Tests.Infrastructure;
using Jyotishika.V1;

namespace Jyotishika.Server.Tests.Unit.Charts;

/// <summary>
/// ChartService in process, through the server's error interceptor. Positions are compared with the end-to-end golden
/// answer for the same request (Golden/answers/chart.txt, chart-house-whole-sign-rest), which the fast path gave.
/// </summary>
public sealed class ChartGrpcServiceTests
{
    // Within the fast path's contract with the native library (0.001″), far below any sign or nakshatra boundary here.
    private const double Tolerance = 1e-6;

    private static ChartGrpcService Service => InProcessServices.Create<ChartGrpcService>();

    [Test]
    public async Task ComputeChart_answers_the_golden_chart_for_Pune_1991()
    {
        var chart = await InterceptedCall.UnaryAsync(Service.ComputeChart, ChartRequests.Pune1991());

        Assert.That(chart.Metadata.Time.Utc.ToDateTime(), Is.EqualTo(new DateTime(1991, 3, 25, 4, 16, 0, DateTimeKind.Utc)));
        Assert.That(chart.Metadata.Time.JulianDayUt, Is.EqualTo(2448340.677783012).Within(1e-9));
        Assert.That(chart.Ascendant.Longitude, Is.EqualTo(35.46226816896265).Within(Tolerance));
        Assert.That(chart.Planets.Select(p => p.Planet), Is.EqualTo(new[]
        {
            Planet.Sun, Planet.Moon, Planet.Mars, Planet.Mercury, Planet.Jupiter, Planet.Venus, Planet.Saturn, Planet.Rahu, Planet.Ketu,
        }));
        Assert.That(chart.Planets[0].Longitude, Is.EqualTo(340.28128761705227).Within(Tolerance));
        Assert.That(chart.Planets[1].Longitude, Is.EqualTo(95.41403911498514).Within(Tolerance));
        Assert.That(chart.Planets.Select(p => p.Sign), Is.EqualTo(new[]
        {
            "Pisces", "Cancer", "Gemini", "Pisces", "Cancer", "Aries", "Capricorn", "Capricorn", "Cancer",
        }));
        Assert.That(chart.Metadata.AyanamshaDegrees, Is.EqualTo(23.738912685792375).Within(Tolerance));
        Assert.That(chart.Metadata.Ephemeris, Is.EqualTo(InProcessServices.Get<EphemerisDescription>().Text));
        Assert.That(chart.Houses, Has.Count.EqualTo(12));
    }

    [Test]
    public async Task Rahu_and_Ketu_are_opposite()
    {
        var chart = await InterceptedCall.UnaryAsync(Service.ComputeChart, ChartRequests.Pune1991());

        var rahu = chart.Planets.Single(p => p.Planet == Planet.Rahu).Longitude;
        var ketu = chart.Planets.Single(p => p.Planet == Planet.Ketu).Longitude;
        Assert.That((rahu - ketu + 360) % 360, Is.EqualTo(180).Within(1e-9));
    }

    [Test]
    public async Task ComputeChart_adds_the_requested_vargas_in_order()
    {
        var request = ChartRequests.Pune1991();
        request.Vargas.Add([9, 13]);

        var chart = await InterceptedCall.UnaryAsync(Service.ComputeChart, request);

        Assert.That(chart.DivisionalCharts.Select(d => d.Division), Is.EqualTo(new[] { 9, 13 }));
        Assert.That(chart.DivisionalCharts[0].Positions, Has.Count.EqualTo(10), "the ascendant and nine grahas");

        // The chart's own navamsa field and its D9 must agree.
        Assert.That(chart.DivisionalCharts[0].Positions[1].SignIndex, Is.EqualTo(chart.Planets[0].Navamsa));
    }

    [Test]
    public void ComputeChart_refuses_a_bad_request_as_INVALID_ARGUMENT_with_field_violations()
    {
        var request = ChartRequests.Pune1991();
        request.Latitude = 95;

        var error = Assert.ThrowsAsync<RpcException>(() => InterceptedCall.UnaryAsync(Service.ComputeChart, request))!;

        const string Rule = "must be a number greater than -90 and less than 90 degrees (the ascendant is undefined at the poles)";
        Assert.That(error.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
        Assert.That(error.Status.Detail, Is.EqualTo($"Invalid latitude: {Rule}"));
        Assert.That(error.Violations(), Is.EqualTo(new[] { ("latitude", Rule) }));
        Assert.That(error.RequestId(), Is.EqualTo(TestServerCallContext.TraceIdentifier));
    }

    [Test]
    public void A_house_system_with_no_solution_near_the_pole_is_refused_by_the_engine_naming_houseSystem()
    {
        var request = ChartRequests.Pune1991();
        request.Latitude = 70;
        request.HouseSystem = HouseSystem.Koch;

        var error = Assert.ThrowsAsync<RpcException>(() => InterceptedCall.UnaryAsync(Service.ComputeChart, request))!;

        Assert.That(error.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
        Assert.That(error.Violations(), Is.EqualTo(new[]
        {
            ("houseSystem",
                "Koch houses have no solution at latitude 70; choose another house system (for example WHOLE_SIGN, EQUAL or PORPHYRY)"),
        }));
    }

    [Test]
    public async Task ComputeVargas_without_vargas_answers_the_sixteen_of_BPHS_with_the_charts_settings()
    {
        var vargas = await InterceptedCall.UnaryAsync(Service.ComputeVargas, ChartRequests.Pune1991());
        var chart = await InterceptedCall.UnaryAsync(Service.ComputeChart, ChartRequests.Pune1991());

        Assert.That(vargas.DivisionalCharts.Select(d => d.Division), Is.EqualTo(VargaMapping.Shodasavarga));
        Assert.That(vargas.Settings, Is.EqualTo(chart.Settings));
        Assert.That(vargas.Metadata, Is.EqualTo(chart.Metadata));
    }

    [Test]
    public async Task ComputeVargas_answers_only_the_vargas_named()
    {
        var request = ChartRequests.Pune1991();
        request.Vargas.Add([60, 2]);

        var vargas = await InterceptedCall.UnaryAsync(Service.ComputeVargas, request);

        Assert.That(vargas.DivisionalCharts.Select(d => (d.Division, d.Name)), Is.EqualTo(new[] { (60, "Shashtiamsa"), (2, "Hora") }));
    }

    [Test]
    public async Task ComputeCharts_answers_each_item_on_its_own()
    {
        var bad = ChartRequests.Pune1991();
        bad.ClearLatitude();
        var request = new ComputeChartsRequest { Requests = { ChartRequests.Pune1991(), bad } };

        var response = await InterceptedCall.UnaryAsync(Service.ComputeCharts, request, TestServerCallContext.Create("application/json"));

        Assert.That(response.Results, Has.Count.EqualTo(2));
        Assert.That((response.Results[0].Status.Code, response.Results[0].Status.Name), Is.EqualTo((0, "OK")));
        Assert.That(response.Results[0].Chart.Planets[0].Longitude, Is.EqualTo(340.28128761705227).Within(Tolerance));
        var refused = response.Results[1];
        Assert.That((refused.Status.Code, refused.Status.Name), Is.EqualTo(((int)StatusCode.InvalidArgument, "INVALID_ARGUMENT")));
        Assert.That(refused.Status.Message, Is.EqualTo("Invalid latitude: is required (degrees, north positive, between -90 and 90)"));
        Assert.That(refused.Status.FieldViolations.Select(v => v.Field), Is.EqualTo(new[] { "latitude" }));
        Assert.That(refused.Chart, Is.Null);
    }

    [Test]
    public async Task ComputeCharts_encodes_for_gRPC_callers_the_same_bytes_JSON_callers_get_as_objects()
    {
        var request = new ComputeChartsRequest { Requests = { ChartRequests.Pune1991(), new ChartRequest() } };
        request.Requests[0].Vargas.Add(9);

        var asObjects = await InterceptedCall.UnaryAsync(Service.ComputeCharts, request, TestServerCallContext.Create("application/json"));
        var encoded = await InterceptedCall.UnaryAsync(Service.ComputeCharts, request, TestServerCallContext.Create());

        // The gRPC form holds its results pre-encoded: they appear only on the wire, where the bytes are the same.
        Assert.That(encoded.Results, Is.Empty);
        Assert.That(encoded.ToByteArray(), Is.EqualTo(asObjects.ToByteArray()));
        Assert.That(ComputeChartsResponse.Parser.ParseFrom(encoded.ToByteArray()).Results, Has.Count.EqualTo(2));
    }

    [TestCase(0, "got 0")]
    [TestCase(10_001, "got 10,001")]
    public void ComputeCharts_refuses_an_empty_or_oversized_batch_naming_requests(int count, string got)
    {
        var request = new ComputeChartsRequest();
        request.Requests.Add(Enumerable.Range(0, count).Select(_ => new ChartRequest()));

        var error = Assert.ThrowsAsync<RpcException>(() => InterceptedCall.UnaryAsync(Service.ComputeCharts, request))!;

        Assert.That(error.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
        Assert.That(error.Violations(), Is.EqualTo(new[] { ("requests", $"must hold 1 to 10,000 chart requests; {got}") }));
    }
}
