using System.Text.Json;
using Grpc.Core;
using Jyotishika.Server.Tests.Infrastructure;
using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Tests;

/// <summary>
/// StrengthService through the real server: a birth and its own signs typed as placements give the same aspects and
/// ashtakavarga; the ashtakavarga keeps its invariants over REST; hand-checked aspects; bad input names its field.
/// </summary>
public sealed class StrengthEndpointTests
{
    /// <summary>Leo rising; the Sun in Aries, the Moon and Jupiter in Cancer, Mars in Capricorn, Saturn in Libra.</summary>
    private const string Placements = """
        {"ascendantSign":4,"grahas":[{"graha":"SUN","sign":0},{"graha":"MOON","sign":3},{"graha":"MARS","sign":9},
         {"graha":"MERCURY","sign":11},{"graha":"JUPITER","sign":3},{"graha":"VENUS","sign":1},{"graha":"SATURN","sign":6},
         {"graha":"RAHU","sign":2},{"graha":"KETU","sign":8}]}
        """;

    private static Contract.StrengthService.StrengthServiceClient Client => new(ServerFixture.Grpc);

    [Test]
    public async Task A_birth_and_its_own_signs_typed_as_placements_give_the_same_aspects_and_ashtakavarga()
    {
        var birth = ChartRequests.Pune1991();
        var chart = await new Contract.ChartService.ChartServiceClient(ServerFixture.Grpc).ComputeChartAsync(birth);
        var placements = new Contract.Placements { AscendantSign = chart.Ascendant.SignIndex };
        placements.Grahas.AddRange(chart.Planets.Select(planet => new Contract.GrahaPlacement { Graha = planet.Planet, Sign = planet.SignIndex }));

        var aspectsFromBirth = await Client.ComputeAspectsAsync(new Contract.AspectsRequest { Birth = birth });
        var aspectsFromPlacements = await Client.ComputeAspectsAsync(new Contract.AspectsRequest { Placements = placements });
        var bindusFromBirth = await Client.ComputeAshtakavargaAsync(new Contract.AshtakavargaRequest { Birth = birth });
        var bindusFromPlacements = await Client.ComputeAshtakavargaAsync(new Contract.AshtakavargaRequest { Placements = placements });

        Assert.That(aspectsFromPlacements.GrahaDrishti, Is.EqualTo(aspectsFromBirth.GrahaDrishti));
        Assert.That(aspectsFromPlacements.RasiDrishti, Is.EqualTo(aspectsFromBirth.RasiDrishti));
        Assert.That(bindusFromPlacements.Bhinna, Is.EqualTo(bindusFromBirth.Bhinna));
        Assert.That(bindusFromBirth.ChartSettings.Ayanamsha, Is.EqualTo(Contract.Ayanamsha.Lahiri));
        Assert.That(bindusFromPlacements.ChartSettings, Is.Null, "placements have no chart conventions to echo");
    }

    /// <summary>
    /// The bindu totals are fixed by the tables whatever the chart (BPHS's ashtakavarga chapters): 48, 49, 39, 54, 56, 52, 39
    /// for the Sun … Saturn, 49 for the ascendant, 337 in the sarva without the ascendant's and 386 with it.
    /// </summary>
    [Test]
    public async Task Over_REST_the_bindus_keep_their_fixed_totals_and_the_sarva_is_their_sum()
    {
        var (status, body) = await RestErrors.PostAsync("/v1/ashtakavarga", "{\"placements\":" + Placements + "}");
        var (withStatus, withBody) = await RestErrors.PostAsync(
            "/v1/ashtakavarga", "{\"placements\":" + Placements + ",\"settings\":{\"sarvaIncludesAscendant\":true}}");

        Assert.That((status, withStatus), Is.EqualTo((200, 200)), body + withBody);
        using var answer = JsonDocument.Parse(body);
        using var withAscendant = JsonDocument.Parse(withBody);
        var bhinna = answer.RootElement.GetProperty("bhinna").EnumerateArray().ToList();
        Assert.That(bhinna.Select(row => row.GetProperty("graha").GetString()),
            Is.EqualTo(new[] { "SUN", "MOON", "MARS", "MERCURY", "JUPITER", "VENUS", "SATURN", "ASCENDANT" }));
        Assert.That(bhinna.Select(row => row.GetProperty("points").EnumerateArray().Sum(point => point.GetInt32())),
            Is.EqualTo(new[] { 48, 49, 39, 54, 56, 52, 39, 49 }));
        Assert.That(bhinna.Select(row => row.GetProperty("total").GetInt32()), Is.EqualTo(new[] { 48, 49, 39, 54, 56, 52, 39, 49 }));
        var sarva = answer.RootElement.GetProperty("sarva").EnumerateArray().Select(point => point.GetInt32()).ToArray();
        var summed = Enumerable.Range(0, 12).Select(sign => bhinna.Take(7).Sum(row => row.GetProperty("points")[sign].GetInt32()));
        Assert.That(sarva, Is.EqualTo(summed));
        Assert.That(answer.RootElement.GetProperty("sarvaTotal").GetInt32(), Is.EqualTo(337));
        Assert.That(withAscendant.RootElement.GetProperty("sarvaTotal").GetInt32(), Is.EqualTo(386));
        Assert.That(answer.RootElement.GetProperty("settings").GetProperty("sarvaIncludesAscendant").GetBoolean(), Is.False);
        Assert.That(bhinna[0].GetProperty("prastara").GetArrayLength(), Is.EqualTo(8));
    }

    /// <summary>
    /// Mars in Capricorn aspects its 4th, 7th and 8th signs: Aries (the Sun; house 9 from Leo), Cancer (the Moon and Jupiter;
    /// house 12) and Leo (empty; house 1). Aries, a movable sign, aspects the fixed signs but Taurus beside it: Leo, Scorpio
    /// and Aquarius (Jaimini's rasi drishti).
    /// </summary>
    [Test]
    public async Task Mars_and_Aries_aspect_the_signs_the_rules_give()
    {
        var answer = await Client.ComputeAspectsAsync(new Contract.AspectsRequest
        {
            // The generated parser knows the enum names with their prefix; the REST edge also takes them without.
            Placements = Google.Protobuf.JsonParser.Default.Parse<Contract.Placements>(
                Placements.Replace("\"graha\":\"", "\"graha\":\"PLANET_", StringComparison.Ordinal)),
        });

        var mars = answer.GrahaDrishti.Single(aspect => aspect.Graha == Contract.Planet.Mars);
        Assert.That(mars.Signs, Is.EquivalentTo(new[] { 0, 3, 4 }));
        Assert.That(mars.Houses, Is.EquivalentTo(new[] { 9, 12, 1 }));
        Assert.That(mars.Grahas, Is.EquivalentTo(new[] { Contract.Planet.Sun, Contract.Planet.Moon, Contract.Planet.Jupiter }));
        var aries = answer.RasiDrishti.Single(aspect => aspect.Sign == 0);
        Assert.That(aries.AspectedSigns, Is.EquivalentTo(new[] { 4, 7, 10 }));
        Assert.That(aries.Grahas, Is.EqualTo(new[] { Contract.Planet.Sun }));
        Assert.That(answer.RasiDrishti, Has.Count.EqualTo(12));
        Assert.That(answer.GrahaDrishti, Has.Count.EqualTo(9));
    }

    [Test]
    public void A_bad_setting_and_a_missing_chart_are_named()
    {
        var error = Assert.ThrowsAsync<RpcException>(() => Client.ComputeAspectsAsync(new Contract.AspectsRequest
        {
            Settings = new Contract.AspectSettings { NodeAspects = (Contract.NodeAspects)9 },
        }).ResponseAsync);

        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
        Assert.That(error.ViolatedFields(), Is.EquivalentTo(new[] { "settings.nodeAspects", "birth" }));
    }

    /// <summary>
    /// The answer adds up as BPHS ch. 27 adds it: sthana is its five parts, kaala its nine, the total the six balas, rupas
    /// the total / 60 and the ratio rupas / the graha's minimum; naisargika is the fixed 60 × (7 … 1) / 7 ladder.
    /// </summary>
    [Test]
    public async Task Shadbala_over_REST_adds_up_its_components_and_echoes_its_conventions()
    {
        var (status, body) = await RestErrors.PostAsync("/v1/shadbala", """
            {"birth":{"datetime":"1991-03-25T09:46:00","tz":"Asia/Kolkata","latitude":18.5204,"longitude":73.8567},
             "settings":{"saptavargajaPoints":"BPHS"}}
            """);

        Assert.That(status, Is.EqualTo(200), body);
        using var answer = JsonDocument.Parse(body);
        var grahas = answer.RootElement.GetProperty("grahas").EnumerateArray().ToList();
        Assert.That(grahas.Select(graha => graha.GetProperty("graha").GetString()),
            Is.EqualTo(new[] { "SUN", "MOON", "MARS", "MERCURY", "JUPITER", "VENUS", "SATURN" }));
        double[] naisargika = [60, 51.43, 17.14, 25.71, 34.29, 42.86, 8.57];
        double[] required = [5, 6, 5, 7, 6.5, 5.5, 5];
        for (var index = 0; index < grahas.Count; index++)
        {
            var graha = grahas[index];
            var parts = graha.GetProperty("components");
            double Part(string name) => parts.TryGetProperty(name, out var value) ? value.GetDouble() : 0;
            var sthana = Part("uchcha") + Part("saptavargaja") + Part("ojayugma") + Part("kendradi") + Part("drekkana");
            var kaala = Part("nathonnatha") + Part("paksha") + Part("tribhaga") + Part("abda") + Part("masa") + Part("vara") + Part("hora")
                + Part("ayana") + Part("yuddha");
            var total = Part("sthana") + Part("dig") + Part("kaala") + Part("cheshta") + Part("naisargika") + Part("drik");
            Assert.Multiple(() =>
            {
                Assert.That(Part("sthana"), Is.EqualTo(sthana).Within(1e-9));
                Assert.That(Part("kaala"), Is.EqualTo(kaala).Within(1e-9));
                Assert.That(graha.GetProperty("totalVirupas").GetDouble(), Is.EqualTo(total).Within(1e-9));
                Assert.That(graha.GetProperty("rupas").GetDouble(), Is.EqualTo(total / 60).Within(1e-9));
                Assert.That(graha.GetProperty("requiredRupas").GetDouble(), Is.EqualTo(required[index]));
                Assert.That(graha.GetProperty("ratio").GetDouble(), Is.EqualTo(total / 60 / required[index]).Within(1e-9));
                Assert.That(Part("naisargika"), Is.EqualTo(naisargika[index]).Within(0.005));
            });
        }

        // Bhava bala: twelve houses, each the sum of its parts, the bhavadhipati part its lord's shadbala from this answer.
        var totals = grahas.ToDictionary(graha => graha.GetProperty("graha").GetString()!, graha => graha.GetProperty("totalVirupas").GetDouble());
        var bhavas = answer.RootElement.GetProperty("bhavas").EnumerateArray().ToList();
        Assert.That(bhavas.Select(bhava => bhava.GetProperty("house").GetInt32()), Is.EqualTo(Enumerable.Range(1, 12)));
        foreach (var bhava in bhavas)
        {
            double Value(string name) => bhava.TryGetProperty(name, out var value) ? value.GetDouble() : 0;
            Assert.That(Value("totalVirupas"), Is.EqualTo(Value("bhavadhipati") + Value("dig") + Value("drishti")).Within(1e-9));
            Assert.That(Value("rupas"), Is.EqualTo(Value("totalVirupas") / 60).Within(1e-9));
            Assert.That(Value("bhavadhipati"), Is.EqualTo(totals[bhava.GetProperty("lord").GetString()!]).Within(1e-9));
        }

        // Vimshopaka: the seven grahas in each of the four schemes, each score its vargas' weighted points out of 20.
        var vimshopaka = answer.RootElement.GetProperty("vimshopaka").EnumerateArray().ToList();
        Assert.That(vimshopaka.Select(score => score.GetProperty("scheme").GetString()).Distinct(),
            Is.EqualTo(new[] { "SHADVARGA", "SAPTAVARGA", "DASHAVARGA", "SHODASAVARGA" }));
        Assert.That(vimshopaka, Has.Count.EqualTo(28));
        foreach (var score in vimshopaka)
        {
            var vargas = score.GetProperty("vargas").EnumerateArray().ToList();
            Assert.That(vargas.Sum(varga => varga.GetProperty("weight").GetDouble()), Is.EqualTo(20).Within(1e-9));
            Assert.That(score.GetProperty("points").GetDouble(), Is.EqualTo(
                vargas.Sum(varga => varga.GetProperty("weight").GetDouble() * varga.GetProperty("points").GetDouble() / 20)).Within(1e-9));
        }

        var settings = answer.RootElement.GetProperty("settings");
        Assert.That(settings.GetProperty("bhavaMadhyas").GetString(), Is.EqualTo("SRIPATI"));
        Assert.That(settings.GetProperty("saptavargajaPoints").GetString(), Is.EqualTo("BPHS"));
        Assert.That(settings.GetProperty("luminaryCheshta").GetString(), Is.EqualTo("ZERO"), "defaults are echoed");
        Assert.That(answer.RootElement.GetProperty("chartSettings").GetProperty("ayanamsha").GetString(), Is.EqualTo("LAHIRI"));
    }

    /// <summary>
    /// V. P. Jain's example chart (1981-09-13 01:30 IST, Delhi): Mercury and Jupiter are 3′ apart, at war. The victor
    /// follows the setting; the virupas moved are the same either way and kaala bala carries them.
    /// </summary>
    [Test]
    public async Task A_planetary_war_is_reported_and_its_victor_follows_the_setting()
    {
        async Task<JsonElement> Shadbala(string victor)
        {
            const string Birth = """{"birth":{"datetime":"1981-09-13T01:30:00","tz":"Asia/Kolkata","latitude":28.65,"longitude":77.2167},""";
            var (status, body) = await RestErrors.PostAsync("/v1/shadbala", Birth + "\"settings\":{\"yuddhaVictor\":\"" + victor + "\"}}");
            Assert.That(status, Is.EqualTo(200), body);
            return JsonDocument.Parse(body).RootElement.Clone();
        }

        var north = await Shadbala("NORTHERN_LATITUDE");
        var stronger = await Shadbala("GREATER_STRENGTH");

        var war = north.GetProperty("wars").EnumerateArray().Single();
        var strongerWar = stronger.GetProperty("wars").EnumerateArray().Single();
        double Yuddha(JsonElement answer, int index) =>
            answer.GetProperty("grahas")[index].GetProperty("components").GetProperty("yuddha").GetDouble();
        Assert.Multiple(() =>
        {
            Assert.That(war.GetProperty("victor").GetString(), Is.EqualTo("JUPITER"));
            Assert.That(war.GetProperty("vanquished").GetString(), Is.EqualTo("MERCURY"));
            Assert.That(war.GetProperty("separationDegrees").GetDouble(), Is.LessThan(0.1));
            Assert.That(strongerWar.GetProperty("victor").GetString(), Is.EqualTo("MERCURY"));
            Assert.That(strongerWar.GetProperty("virupas").GetDouble(), Is.EqualTo(war.GetProperty("virupas").GetDouble()));
            Assert.That(Yuddha(north, 4), Is.EqualTo(war.GetProperty("virupas").GetDouble()));
            Assert.That(Yuddha(north, 3), Is.EqualTo(-war.GetProperty("virupas").GetDouble()));
            Assert.That(Yuddha(stronger, 3), Is.EqualTo(war.GetProperty("virupas").GetDouble()));
            Assert.That(Yuddha(north, 0), Is.Zero);
            Assert.That(stronger.GetProperty("settings").GetProperty("yuddhaVictor").GetString(), Is.EqualTo("GREATER_STRENGTH"));
        });
    }

    [Test]
    public void Shadbala_needs_a_birth_and_names_a_bad_setting()
    {
        var error = Assert.ThrowsAsync<RpcException>(() => Client.ComputeShadbalaAsync(new Contract.ShadbalaRequest
        {
            Settings = new Contract.ShadbalaSettings { KendradiHouses = (Contract.KendradiHouses)3, YuddhaVictor = (Contract.YuddhaVictor)4 },
        }).ResponseAsync);

        Assert.That(error!.ViolatedFields(), Is.EquivalentTo(new[] { "settings.kendradiHouses", "settings.yuddhaVictor", "birth" }));
        var badBirth = ChartRequests.Pune1991();
        badBirth.Latitude = 91;
        var birthError = Assert.ThrowsAsync<RpcException>(() => Client.ComputeShadbalaAsync(new Contract.ShadbalaRequest { Birth = badBirth }).ResponseAsync);
        Assert.That(birthError!.ViolatedFields(), Is.EqualTo(new[] { "birth.latitude" }));
        var gauquelin = ChartRequests.Pune1991();
        gauquelin.HouseSystem = Contract.HouseSystem.Gauquelin;
        var cuspsError = Assert.ThrowsAsync<RpcException>(() => Client.ComputeShadbalaAsync(new Contract.ShadbalaRequest
        {
            Birth = gauquelin, Settings = new Contract.ShadbalaSettings { BhavaMadhyas = Contract.BhavaMadhyas.ChartCusps },
        }).ResponseAsync);
        Assert.That(cuspsError!.ViolatedFields(), Is.EqualTo(new[] { "settings.bhavaMadhyas" }));

        // A birth that does not map, with CHART_CUSPS asked: the birth is named, never a server fault (found by the fuzzer).
        var badWithCusps = Assert.ThrowsAsync<RpcException>(() => Client.ComputeShadbalaAsync(new Contract.ShadbalaRequest
        {
            Birth = badBirth, Settings = new Contract.ShadbalaSettings { BhavaMadhyas = Contract.BhavaMadhyas.ChartCusps },
        }).ResponseAsync);
        Assert.That(badWithCusps!.ViolatedFields(), Is.EqualTo(new[] { "birth.latitude" }));
    }
}
