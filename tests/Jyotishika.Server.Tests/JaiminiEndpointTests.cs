using System.Text.Json;
using Grpc.Core;
using Jyotishika.Server.Tests.Infrastructure;
using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Tests;

/// <summary>
/// JaiminiService through the real server: Jagannatha Hora's arudhas for a published chart, karakas that rank the
/// chart's own degrees, a birth and its signs typed as placements agreeing, a varga read from its own degrees, and bad
/// input named by field.
/// </summary>
public sealed class JaiminiEndpointTests
{
    private static Contract.JaiminiService.JaiminiServiceClient Client => new(ServerFixture.Grpc);

    private static Contract.ChartRequest Chennai1996() => new()
    {
        Datetime = "1996-12-07T10:34:00", Tz = "Asia/Kolkata", Latitude = 13.0878, Longitude = 80.2785,
        Positions = Contract.PositionType.Geometric,
    };

    /// <summary>
    /// Jagannatha Hora's bhava and graha arudhas for Chennai 1996-12-07 10:34 IST, as PyJHora's test records them
    /// (src/jhora/tests/pvr_tests.py, chapter_9_tests, "From JHora"; values only).
    /// </summary>
    [Test]
    public async Task Arudhas_of_a_birth_match_jagannatha_hora_over_rest()
    {
        var (status, body) = await RestErrors.PostAsync("/v1/jaimini", """
            {"birth":{"datetime":"1996-12-07T10:34:00","tz":"Asia/Kolkata","latitude":13.0878,"longitude":80.2785,"positions":"GEOMETRIC"}}
            """);

        Assert.That(status, Is.EqualTo(200), body);
        using var answer = JsonDocument.Parse(body);
        var padas = answer.RootElement.GetProperty("arudhaPadas").EnumerateArray().ToList();
        Assert.That(padas.Select(p => p.GetProperty("house").GetInt32()), Is.EqualTo(Enumerable.Range(1, 12)));
        Assert.That(padas.Select(p => p.GetProperty("sign").GetInt32()), Is.EqualTo(new[] { 1, 0, 2, 8, 11, 11, 6, 7, 8, 3, 3, 5 }));
        Assert.That(answer.RootElement.GetProperty("grahaArudhas").EnumerateArray().Select(p => p.GetProperty("sign").GetInt32()),
            Is.EqualTo(new[] { 10, 9, 7, 11, 11, 3, 9, 3, 3 }));
        Assert.That(answer.RootElement.GetProperty("arudhaLagnaSign").GetInt32(), Is.EqualTo(1));
        Assert.That(answer.RootElement.GetProperty("upapadaSign").GetInt32(), Is.EqualTo(5));

        // Jagannatha Hora's Bhrigu Bindu (Virgo 23°45′24″) and Indu lagna (Capricorn) for the same chart.
        var bhrigu = answer.RootElement.GetProperty("specialPoints").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "BHRIGU_BINDU");
        Assert.That(bhrigu.GetProperty("longitude").GetDouble(), Is.EqualTo(5 * 30 + 23 + 45 / 60.0 + 24 / 3600.0).Within(2 / 3600.0));
        Assert.That(answer.RootElement.GetProperty("induLagnaSign").GetInt32(), Is.EqualTo(9));
        var settings = answer.RootElement.GetProperty("settings");
        Assert.That(settings.GetProperty("karakaScheme").GetString(), Is.EqualTo("EIGHT_WITH_RAHU"), "defaults are echoed");
        Assert.That(settings.GetProperty("coLords").GetString(), Is.EqualTo("STRONGER"));
    }

    /// <summary>The karakas rank the chart's own degrees in sign, highest first, Rahu's counted backward (30 − degree).</summary>
    [Test]
    public async Task Chara_karakas_rank_the_charts_degrees_in_both_schemes()
    {
        var birth = Chennai1996();
        var chart = await new Contract.ChartService.ChartServiceClient(ServerFixture.Grpc).ComputeChartAsync(birth);
        double Ranked(Contract.Planet planet)
        {
            var degree = chart.Planets.Single(p => p.Planet == planet).DegreeInSign;
            return planet == Contract.Planet.Rahu ? 30 - degree : degree;
        }

        var eight = await Client.ComputeJaiminiAsync(new Contract.JaiminiRequest { Birth = birth });
        var seven = await Client.ComputeJaiminiAsync(new Contract.JaiminiRequest
        {
            Birth = birth, Settings = new Contract.JaiminiSettings { KarakaScheme = Contract.KarakaScheme.SevenGrahas },
        });

        var expectedEight = new[] { Contract.Planet.Sun, Contract.Planet.Moon, Contract.Planet.Mars, Contract.Planet.Mercury,
            Contract.Planet.Jupiter, Contract.Planet.Venus, Contract.Planet.Saturn, Contract.Planet.Rahu }.OrderByDescending(Ranked).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(eight.CharaKarakas.Select(k => k.Graha), Is.EqualTo(expectedEight));
            Assert.That(eight.CharaKarakas.Select(k => k.Karaka), Is.EqualTo(new[]
            {
                "ATMAKARAKA", "AMATYAKARAKA", "BHRATRIKARAKA", "MATRIKARAKA", "PITRIKARAKA", "PUTRAKARAKA", "GNATIKARAKA", "DARAKARAKA",
            }));
            Assert.That(eight.CharaKarakas.Select(k => k.Degrees), Is.EqualTo(expectedEight.Select(Ranked)).Within(1e-9));
            Assert.That(seven.CharaKarakas.Select(k => k.Graha), Is.EqualTo(expectedEight.Where(p => p != Contract.Planet.Rahu)));
            Assert.That(seven.CharaKarakas.Select(k => k.Karaka), Does.Not.Contain("PITRIKARAKA"));
            Assert.That(seven.CharaKarakas, Has.Count.EqualTo(7));
        });
    }

    [Test]
    public async Task A_birth_and_its_own_signs_and_degrees_typed_as_placements_agree()
    {
        var birth = Chennai1996();
        var chart = await new Contract.ChartService.ChartServiceClient(ServerFixture.Grpc).ComputeChartAsync(birth);
        var placements = new Contract.Placements { AscendantSign = chart.Ascendant.SignIndex, AscendantDegree = chart.Ascendant.DegreeInSign };
        placements.Grahas.AddRange(chart.Planets.Select(planet =>
            new Contract.GrahaPlacement { Graha = planet.Planet, Sign = planet.SignIndex, Degree = planet.DegreeInSign }));

        var fromBirth = await Client.ComputeJaiminiAsync(new Contract.JaiminiRequest { Birth = birth });
        var typed = await Client.ComputeJaiminiAsync(new Contract.JaiminiRequest { Placements = placements });

        Assert.Multiple(() =>
        {
            Assert.That(typed.CharaKarakas, Is.EqualTo(fromBirth.CharaKarakas));
            Assert.That(typed.ArudhaPadas, Is.EqualTo(fromBirth.ArudhaPadas));
            Assert.That(typed.GrahaArudhas, Is.EqualTo(fromBirth.GrahaArudhas));
            Assert.That(typed.SpecialPoints, Is.EqualTo(fromBirth.SpecialPoints.Take(7)), "the points read from the chart alone; the birth adds those of the day's parts");
            Assert.That(typed.InduLagnaSign, Is.EqualTo(fromBirth.InduLagnaSign));
            Assert.That(typed.RasiDrishti, Is.EqualTo(fromBirth.RasiDrishti));
            Assert.That(typed.MissingDegrees, Is.Empty);
            Assert.That(typed.ChartSettings, Is.Null, "placements have no chart conventions to echo");
            Assert.That(fromBirth.ChartSettings.Positions, Is.EqualTo(Contract.PositionType.Geometric));
        });

        // Without Venus's degree the karakas cannot be ranked; the arudhas, which read signs, are still answered.
        var venus = placements.Grahas.Select((p, i) => (p, i)).Single(x => x.p.Graha == Contract.Planet.Venus);
        venus.p.ClearDegree();
        var partial = await Client.ComputeJaiminiAsync(new Contract.JaiminiRequest { Placements = placements });
        Assert.Multiple(() =>
        {
            Assert.That(partial.CharaKarakas, Is.Empty);
            Assert.That(partial.MissingDegrees, Is.EqualTo(new[] { $"placements.grahas[{venus.i}].degree" }));
            Assert.That(partial.SpecialPoints, Is.EqualTo(fromBirth.SpecialPoints.Take(7)), "the points read the Sun, Moon, Rahu and lagna only");
            Assert.That(partial.ArudhaPadas.Select(p => p.Sign), Is.EqualTo(fromBirth.ArudhaPadas.Select(p => p.Sign)));
        });
    }

    /// <summary>A varga is read as its own chart: the navamsa's karakas rank the grahas' degrees within their navamsa signs.</summary>
    [Test]
    public async Task A_varga_is_read_from_its_own_signs_and_degrees()
    {
        var birth = Chennai1996();
        var withNavamsa = birth.Clone();
        withNavamsa.Vargas.Add(9);
        var chart = await new Contract.ChartService.ChartServiceClient(ServerFixture.Grpc).ComputeChartAsync(withNavamsa);
        var navamsa = chart.DivisionalCharts.Single().Positions;
        var atmakaraka = navamsa.Where(p => !p.Ascendant && p.Planet != Contract.Planet.Ketu)
            .OrderByDescending(p => p.Planet == Contract.Planet.Rahu ? 30 - p.DegreeInSign : p.DegreeInSign).First().Planet;

        var answer = await Client.ComputeJaiminiAsync(new Contract.JaiminiRequest { Birth = birth, Varga = 9 });
        var aspects = await new Contract.StrengthService.StrengthServiceClient(ServerFixture.Grpc)
            .ComputeAspectsAsync(new Contract.AspectsRequest { Birth = birth });
        var rasi = await Client.ComputeJaiminiAsync(new Contract.JaiminiRequest { Birth = birth });
        Assert.That(rasi.RasiDrishti, Is.EqualTo(aspects.RasiDrishti), "the rasi chart's sign aspects, as ComputeAspects gives them");
        Assert.That(answer.RasiDrishti, Is.Not.EqualTo(aspects.RasiDrishti), "the navamsa's own signs, not the rasi chart's");

        Assert.That(answer.Varga, Is.EqualTo(9));
        Assert.That(answer.CharaKarakas[0].Graha, Is.EqualTo(atmakaraka));
        var lagnaSign = navamsa.Single(p => p.Ascendant).SignIndex;
        Assert.That(answer.ArudhaPadas[0].HouseSign, Is.EqualTo(lagnaSign), "A1 counts from the navamsa lagna");
    }

    [Test]
    public void Bad_input_names_every_field_at_once()
    {
        var both = Assert.ThrowsAsync<RpcException>(() => Client.ComputeJaiminiAsync(new Contract.JaiminiRequest
        {
            Birth = Chennai1996(), Placements = new Contract.Placements { AscendantSign = 0 },
        }).ResponseAsync);
        Assert.That(both!.ViolatedFields(), Does.Contain("birth"));

        var bad = Assert.ThrowsAsync<RpcException>(() => Client.ComputeJaiminiAsync(new Contract.JaiminiRequest
        {
            Birth = Chennai1996(), Varga = 0,
            Settings = new Contract.JaiminiSettings { KarakaScheme = (Contract.KarakaScheme)3, ArudhaRule = (Contract.ArudhaRule)9 },
        }).ResponseAsync);
        Assert.That(bad!.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
        Assert.That(bad.ViolatedFields(), Is.EquivalentTo(new[] { "varga", "settings.karakaScheme", "settings.arudhaRule" }));

        var placementsVarga = Assert.ThrowsAsync<RpcException>(() => Client.ComputeJaiminiAsync(new Contract.JaiminiRequest
        {
            Placements = new Contract.Placements { AscendantSign = 0 }, Varga = 9,
        }).ResponseAsync);
        Assert.That(placementsVarga!.ViolatedFields(), Does.Contain("varga"));

        var badBirth = Chennai1996();
        badBirth.Latitude = 91;
        var birthError = Assert.ThrowsAsync<RpcException>(() => Client.ComputeJaiminiAsync(new Contract.JaiminiRequest { Birth = badBirth }).ResponseAsync);
        Assert.That(birthError!.ViolatedFields(), Is.EqualTo(new[] { "birth.latitude" }));
    }
}
