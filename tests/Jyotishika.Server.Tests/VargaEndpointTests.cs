using System.Net;
using System.Text.Json;
using Jyotishika.Server.Tests.Infrastructure;
using Jyotishika.V1;

namespace Jyotishika.Server.Tests;

/// <summary>Divisional charts on the chart RPC and on their own RPC, checked against the BPHS rules written out here.</summary>
public sealed class VargaEndpointTests
{
    [Test]
    public async Task Requested_vargas_follow_the_classical_rules_for_every_body()
    {
        var request = ChartRequests.Pune1991();
        request.Vargas.AddRange([1, 9, 10, 7]);

        var response = await new ChartService.ChartServiceClient(ServerFixture.Grpc).ComputeChartAsync(request);

        Assert.That(response.DivisionalCharts.Select(d => d.Division), Is.EqualTo(new[] { 1, 9, 10, 7 }));
        var d1 = response.DivisionalCharts[0];
        var d9 = response.DivisionalCharts[1];
        var d10 = response.DivisionalCharts[2];
        var d7 = response.DivisionalCharts[3];
        Assert.That(d9.Name, Is.EqualTo("Navamsa"));
        Assert.That(d1.Positions[0].Ascendant, Is.True);
        Assert.That(d1.Positions[0].SignIndex, Is.EqualTo(response.Ascendant.SignIndex));
        foreach (var planet in response.Planets)
        {
            var (sign, degree) = ((int)(planet.Longitude / 30), planet.Longitude % 30);
            var odd = sign % 2 == 0;
            Assert.That(Find(d1, planet.Planet).SignIndex, Is.EqualTo(planet.SignIndex));
            Assert.That(Find(d9, planet.Planet).SignIndex, Is.EqualTo(planet.Navamsa));
            // BPHS ch. 6: D10 from the sign itself in odd signs, from the ninth in even; D7 from the sign or the seventh.
            Assert.That(Find(d10, planet.Planet).SignIndex, Is.EqualTo((sign + (odd ? 0 : 8) + (int)(degree / 3)) % 12), planet.Planet.ToString());
            Assert.That(Find(d7, planet.Planet).SignIndex, Is.EqualTo((sign + (odd ? 0 : 6) + (int)(degree * 7 / 30)) % 12), planet.Planet.ToString());
        }
    }

    [Test]
    public async Task The_varga_endpoint_serves_the_sixteen_vargas_by_default()
    {
        var (status, body) = await RestErrors.PostAsync("/v1/vargas", ChartRequests.OlderSystemJson);

        Assert.That(status, Is.EqualTo(200), body);
        using var json = JsonDocument.Parse(body);
        var divisions = json.RootElement.GetProperty("divisionalCharts").EnumerateArray().Select(d => d.GetProperty("division").GetInt32());
        Assert.That(divisions, Is.EqualTo(new[] { 1, 2, 3, 4, 7, 9, 10, 12, 16, 20, 24, 27, 30, 40, 45, 60 }));
    }

    [TestCase("[0]")]
    [TestCase("[301]")]
    [TestCase("[9, -1]")]
    [TestCase("[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33]")]
    [TestCase("\"D9\"")]
    public async Task Bad_vargas_are_400_naming_the_field(string vargas)
    {
        var body = ChartRequests.OlderSystemJson[..^1] + ",\"vargas\":" + vargas + "}";

        var (status, text) = await RestErrors.PostAsync("/v1/chart", body);

        Assert.That(status, Is.EqualTo((int)HttpStatusCode.BadRequest), text);
        Assert.That(RestErrors.ViolatedFields(text).Select(f => f.Split('[')[0]), Does.Contain("vargas"));
    }

    private static VargaPosition Find(DivisionalChart chart, Planet planet) => chart.Positions.Single(p => p.Planet == planet);
}
