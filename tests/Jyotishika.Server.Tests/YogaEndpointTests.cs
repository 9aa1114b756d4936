using System.Text.Json;
using Jyotishika.Engine;
using Jyotishika.Engine.Analysis;
using Jyotishika.Engine.Yogas;
using Jyotishika.Server.Tests.Infrastructure;
using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Tests;

/// <summary>
/// YogaService through the real server: a birth's answer is the engine's evaluation of that birth's rasi chart, and the
/// same chart typed as placements gives the same yogas, over gRPC and REST.
/// </summary>
public sealed class YogaEndpointTests
{
    [Test]
    public async Task A_birth_and_its_own_signs_typed_as_placements_give_the_same_yogas()
    {
        var birth = ChartRequests.Pune1991();
        var client = new Contract.YogaService.YogaServiceClient(ServerFixture.Grpc);
        var fromBirth = await client.ComputeYogasAsync(new Contract.YogaRequest { Birth = birth });

        var chart = await new Contract.ChartService.ChartServiceClient(ServerFixture.Grpc).ComputeChartAsync(birth);
        var placements = new Contract.Placements { AscendantSign = chart.Ascendant.SignIndex };
        placements.Grahas.AddRange(chart.Planets.Select(planet => new Contract.GrahaPlacement { Graha = planet.Planet, Sign = planet.SignIndex }));
        var fromPlacements = await client.ComputeYogasAsync(new Contract.YogaRequest { Placements = placements });

        Assert.That(fromBirth.Yogas, Has.Count.EqualTo(Enum.GetValues<Yoga>().Length));
        Assert.That(fromPlacements.Yogas.Select(yoga => (yoga.Name, yoga.State)), Is.EqualTo(fromBirth.Yogas.Select(yoga => (yoga.Name, yoga.State))));
        Assert.That(fromBirth.ChartSettings.Ayanamsha, Is.EqualTo(Contract.Ayanamsha.Lahiri));
        Assert.That(fromPlacements.ChartSettings, Is.Null, "placements have no chart conventions to echo");
    }

    [Test]
    public async Task The_REST_answer_is_the_engines_evaluation_with_the_settings_echoed()
    {
        var request = """
            {"placements":{"ascendantSign":4,"grahas":[{"graha":"SUN","sign":0},{"graha":"MOON","sign":3},{"graha":"MARS","sign":9},
             {"graha":"MERCURY","sign":11},{"graha":"JUPITER","sign":3},{"graha":"VENUS","sign":1},{"graha":"SATURN","sign":6},
             {"graha":"RAHU","sign":2},{"graha":"KETU","sign":8}]},"settings":{"gajakesariKendrasFrom":"ASCENDANT"}}
            """;
        var (status, body) = await RestErrors.PostAsync("/v1/yogas", request);
        Assert.That(status, Is.EqualTo(200), body);
        using var answer = JsonDocument.Parse(body);

        int[] signs = [0, 3, 9, 11, 3, 1, 6, 2, 8];
        var chart = new SignChart(4, null, SignChart.NineGrahas.Select((graha, index) => (graha, index))
            .ToDictionary(pair => pair.graha, pair => new SignPosition(signs[pair.index])));
        var expected = YogaEvaluator.Evaluate(chart, YogaOptions.Default with { GajakesariKendrasFrom = HouseReference.Ascendant });
        var present = answer.RootElement.GetProperty("yogas").EnumerateArray()
            .Where(yoga => yoga.GetProperty("present").GetBoolean()).Select(yoga => yoga.GetProperty("name").GetString());

        Assert.That(present, Is.EqualTo(expected.Results.Where(result => result.Present).Select(result => result.Key)));
        Assert.That(present, Does.Contain("MALAVYA").And.Not.Contain("RUCHAKA").And.Not.Contain("GAJAKESARI"),
            "Venus in its own sign in the 10th; Mars exalted but in the 6th; Jupiter in the 12th from the ascendant");
        Assert.That(answer.RootElement.GetProperty("settings").GetProperty("gajakesariKendrasFrom").GetString(), Is.EqualTo("ASCENDANT"));
        Assert.That(answer.RootElement.GetProperty("settings").GetProperty("mahapurushaKendrasFrom").GetString(), Is.EqualTo("ASCENDANT"));
    }
}
