using System.Text.Json;
using Grpc.Core;
using Jyotishika.Engine.Matching;
using Jyotishika.Server.Tests.Infrastructure;
using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Tests;

/// <summary>
/// MatchService through the real server: each partner read as a birth, placements or a bare Moon star gives the engine's
/// match of those two stars, over gRPC and REST, with the conventions echoed and every bad field named.
/// </summary>
public sealed class MatchEndpointTests
{
    private static Contract.MatchService.MatchServiceClient Client => new(ServerFixture.Grpc);

    private static Contract.MatchPerson Star(int nakshatra, int pada) =>
        new() { MoonStar = new Contract.MoonStar { Nakshatra = nakshatra, Pada = pada } };

    [Test]
    public async Task Two_births_are_matched_from_their_Moons_as_the_engine_matches_them()
    {
        var groomBirth = ChartRequests.Pune1991();
        var brideBirth = ChartRequests.Pune1991();
        brideBirth.Datetime = "1993-11-02T21:15:00";
        var charts = new Contract.ChartService.ChartServiceClient(ServerFixture.Grpc);
        var brideMoon = (await charts.ComputeChartAsync(brideBirth)).Planets.Single(planet => planet.Planet == Contract.Planet.Moon);
        var groomMoon = (await charts.ComputeChartAsync(groomBirth)).Planets.Single(planet => planet.Planet == Contract.Planet.Moon);

        var answer = await Client.ComputeMatchAsync(new Contract.MatchRequest
        {
            Bride = new Contract.MatchPerson { Birth = brideBirth },
            Groom = new Contract.MatchPerson { Birth = groomBirth },
        });

        var expected = Ashtakoota.Match(MoonStar.FromLongitude(brideMoon.Longitude), MoonStar.FromLongitude(groomMoon.Longitude));
        Assert.That(answer.BrideStar.Nakshatra, Is.EqualTo(brideMoon.NakshatraNumber));
        Assert.That(answer.BrideStar.Pada, Is.EqualTo(brideMoon.Pada));
        Assert.That(answer.GroomStar.Sign, Is.EqualTo(groomMoon.SignIndex));
        Assert.That(
            answer.Kootas.Select(koota => koota.Name),
            Is.EqualTo(new[] { "VARNA", "VASHYA", "TARA", "YONI", "GRAHA_MAITRI", "GANA", "BHAKOOT", "NADI" }));
        Assert.That(answer.Kootas.Select(koota => koota.Points), Is.EqualTo(expected.Kootas.Select(koota => koota.Points)));
        Assert.That(answer.Kootas.Select(koota => koota.MaxPoints), Is.EqualTo(new double[] { 1, 2, 3, 4, 5, 6, 7, 8 }));
        Assert.That(answer.TotalPoints, Is.EqualTo(expected.TotalPoints));
        Assert.That(answer.MaxPoints, Is.EqualTo(36));
        Assert.That(answer.Method, Is.EqualTo(Contract.MatchMethod.NorthAshtakoota));
        Assert.That(answer.BrideChartSettings.Ayanamsha, Is.EqualTo(Contract.Ayanamsha.Lahiri));
        Assert.That(answer.Settings.VarnaSigns, Is.EqualTo(Contract.VarnaSigns.AirVaishya), "defaults are echoed");
        Assert.That(answer.Settings.StreeDeerghaMinimumCount, Is.EqualTo(8));
    }

    /// <summary>
    /// Bharani 1 bride (Aries, Manushya, Madhya nadi) with Ashwini 1 groom (Aries, Deva, Adi nadi), by hand: varna 1 (both
    /// Kshatriya), vashya 2 (both Chatushpada), tara 3 (2nd and 27th: Sampat and Parama Mitra), yoni 2 (elephant and horse),
    /// graha maitri 5 (one lord), gana 5 (Deva groom, Manushya bride), bhakoot 7 (same sign), nadi 8: 33. PyJHora's table
    /// row (boy 1-1, girl 2-1) agrees koota by koota except tara, where it gives 0 to two auspicious taras (its known
    /// departure, see the engine's PyJHoraNorthTableTests), so it totals 30.
    /// </summary>
    [Test]
    public async Task Bare_Moon_stars_over_REST_give_each_koota_and_the_total()
    {
        var (status, body) = await RestErrors.PostAsync(
            "/v1/match", """{"bride":{"moonStar":{"nakshatra":2,"pada":1}},"groom":{"moonStar":{"nakshatra":1,"pada":1}}}""");

        Assert.That(status, Is.EqualTo(200), body);
        using var answer = JsonDocument.Parse(body);
        var root = answer.RootElement;
        var kootas = root.GetProperty("kootas").EnumerateArray().ToList();
        Assert.That(kootas[0].GetProperty("name").GetString(), Is.EqualTo("VARNA"));
        Assert.That(kootas.Sum(koota => koota.GetProperty("points").GetDouble()), Is.EqualTo(33));
        Assert.That(root.GetProperty("totalPoints").GetDouble(), Is.EqualTo(33));
        Assert.That(root.GetProperty("maxPoints").GetDouble(), Is.EqualTo(36));
        Assert.That(kootas[6].GetProperty("relation").GetString(), Is.EqualTo("1/1"), "bhakoot: the same sign");
        Assert.That(root.GetProperty("brideStar").GetProperty("nakshatraName").GetString(), Is.EqualTo("Bharani"));
        Assert.That(root.TryGetProperty("brideChartSettings", out _), Is.False, "a bare star has no chart conventions");
    }

    /// <summary>Krittika 2 and Rohini 1: both Antya nadi in Taurus, so nadi scores 0 and two exceptions apply.</summary>
    [Test]
    public async Task A_nadi_dosha_lists_its_exceptions_and_each_can_be_switched_off_without_moving_the_points()
    {
        var request = new Contract.MatchRequest { Bride = Star(3, 2), Groom = Star(4, 1) };
        var usual = await Client.ComputeMatchAsync(request);
        request.Settings = new Contract.MatchSettings { NadiSameSignDifferentNakshatra = false, SameSignLord = false };
        var strict = await Client.ComputeMatchAsync(request);

        var nadi = usual.Doshas.Single(dosha => dosha.Kind == "NADI");
        Assert.That(nadi.Cancelled, Is.True);
        Assert.That(nadi.Exceptions.Select(exception => exception.Name), Is.EqualTo(new[] { "SAME_SIGN_DIFFERENT_NAKSHATRA", "SAME_SIGN_LORD" }));
        Assert.That(nadi.Exceptions.All(exception => exception.Source.Length > 0 && exception.Description.Length > 0), Is.True);
        Assert.That(strict.Doshas.Single(dosha => dosha.Kind == "NADI").Cancelled, Is.False);
        Assert.That(strict.TotalPoints, Is.EqualTo(usual.TotalPoints));
        Assert.That(strict.Kootas.Single(koota => koota.Name == "NADI").Points, Is.Zero);
        Assert.That(strict.Settings.SameSignLord, Is.False);
        Assert.That(strict.Settings.FriendlySignLords, Is.True, "rules not named keep their default");
    }

    [Test]
    public async Task The_South_method_answers_the_ten_poruthams_as_agreements()
    {
        var answer = await Client.ComputeMatchAsync(new Contract.MatchRequest
        {
            Bride = Star(10, 3), Groom = Star(21, 2), Method = Contract.MatchMethod.SouthPorutham,
            Settings = new Contract.MatchSettings { StreeDeerghaMinimumCount = 14 },
        });

        var expected = Poruthams.Match(new MoonStar(10, 3), new MoonStar(21, 2), PoruthamOptions.Default with { StreeDeerghaMinimumCount = 14 });
        Assert.That(
            answer.Kootas.Select(koota => koota.Name),
            Is.EqualTo(new[] { "DINA", "GANA", "MAHENDRA", "STREE_DEERGHA", "YONI", "RASI", "RASI_ADHIPATI", "VASYA", "RAJJU", "VEDHA" }));
        Assert.That(answer.Kootas.Select(koota => koota.Agrees), Is.EqualTo(expected.Poruthams.Select(porutham => porutham.Agrees)));
        Assert.That(answer.Kootas.Select(koota => koota.Points), Is.EqualTo(expected.Poruthams.Select(porutham => porutham.Agrees ? 1.0 : 0.0)));
        Assert.That(answer.TotalPoints, Is.EqualTo(expected.Agreements));
        Assert.That(answer.MaxPoints, Is.EqualTo(10));
        Assert.That(answer.Doshas, Is.Empty, "the koota doshas are the North's");
        // Magha (10) to Uttara Ashadha (21) counts 12: beyond the 7th but not the 13th.
        Assert.That(answer.Kootas.Single(koota => koota.Name == "STREE_DEERGHA").Agrees, Is.False);
        Assert.That(answer.Settings.StreeDeerghaMinimumCount, Is.EqualTo(14));
    }

    /// <summary>The Moon at Cancer 10°: Pushya (3°20′–16°40′ of Cancer), pada 2 (6°40′–10°) ends at 10°, so pada 3.</summary>
    [Test]
    public async Task Placements_give_the_Moon_star_from_the_Moons_degree_and_refuse_without_it()
    {
        var withDegree = await Client.ComputeMatchAsync(new Contract.MatchRequest { Bride = Placements(moonDegree: 10), Groom = Star(1, 1) });
        Assert.That((withDegree.BrideStar.Nakshatra, withDegree.BrideStar.Pada, withDegree.BrideStar.Sign), Is.EqualTo((8, 3, 3)));

        var error = Assert.ThrowsAsync<RpcException>(() =>
            Client.ComputeMatchAsync(new Contract.MatchRequest { Bride = Placements(moonDegree: null), Groom = Star(1, 1) }).ResponseAsync);
        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
        Assert.That(error.ViolatedFields(), Is.EqualTo(new[] { "bride.placements.grahas[1].degree" }));
    }

    /// <summary>
    /// The typed chart: Mars in Capricorn is the 10th from the Aries ascendant, the 7th from the Moon in Cancer and the 9th
    /// from Venus in Taurus, so Manglik from the Moon only, where Raman's house-sign exception (the 7th in Capricorn),
    /// Mars's exaltation and Jupiter's 7th aspect from Cancer apply.
    /// </summary>
    [Test]
    public async Task Each_partner_with_a_chart_gets_a_Manglik_reading_and_two_readings_cancel_each_other()
    {
        var oneChart = await Client.ComputeMatchAsync(new Contract.MatchRequest { Bride = Placements(moonDegree: 10), Groom = Star(1, 1) });

        var bride = oneChart.Manglik.Bride;
        Assert.That(bride.Placements.Select(from => (from.Reference, from.House, from.Present)), Is.EqualTo(new[]
        {
            (Contract.ManglikReference.Ascendant, 10, false), (Contract.ManglikReference.Moon, 7, true), (Contract.ManglikReference.Venus, 9, false),
        }));
        Assert.That(bride.Placements[1].Exceptions.Select(rule => rule.Name), Is.EqualTo(new[] { "HOUSE_SIGN_EXCEPTION", "MARS_EXALTED", "MARS_ASPECTED_BY_JUPITER" }));
        Assert.That((bride.Present, bride.PresentWithoutException), Is.EqualTo((true, false)));
        Assert.That(oneChart.Manglik.Groom, Is.Null, "a bare Moon star has no Mars");
        Assert.That(oneChart.Manglik.MutualCancellation, Is.False);

        var twoCharts = await Client.ComputeMatchAsync(new Contract.MatchRequest
        {
            Bride = Placements(moonDegree: 10), Groom = Placements(moonDegree: 20),
            Settings = new Contract.MatchSettings { ManglikHouses = Contract.ManglikHouses.WithoutSecond },
        });
        Assert.That(twoCharts.Manglik.MutualCancellation, Is.True);
        Assert.That(twoCharts.Manglik.MutualRule.Name, Is.EqualTo("MUTUAL_CANCELLATION"));
        Assert.That(twoCharts.Settings.ManglikHouses, Is.EqualTo(Contract.ManglikHouses.WithoutSecond));
        Assert.That(oneChart.Settings.ManglikHouses, Is.EqualTo(Contract.ManglikHouses.WithSecond), "the default is echoed");
    }

    [Test]
    public void Every_bad_field_is_named_in_one_answer()
    {
        var error = Assert.ThrowsAsync<RpcException>(() => Client.ComputeMatchAsync(new Contract.MatchRequest
        {
            Bride = Star(28, 0),
            Method = (Contract.MatchMethod)9,
            Settings = new Contract.MatchSettings { StreeDeerghaMinimumCount = 0 },
        }).ResponseAsync);

        Assert.That(error!.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
        Assert.That(
            error.ViolatedFields(),
            Is.EquivalentTo(new[] { "method", "settings.streeDeerghaMinimumCount", "bride.moonStar.nakshatra", "bride.moonStar.pada", "groom" }));
    }

    [Test]
    public async Task Over_REST_a_partner_given_twice_is_a_400_naming_the_field()
    {
        var (status, body) = await RestErrors.PostAsync(
            "/v1/match",
            """{"bride":{"moonStar":{"nakshatra":2,"pada":1},"placements":{"ascendantSign":0}},"groom":{"moonStar":{"nakshatra":1,"pada":1}}}""");

        Assert.That(status, Is.EqualTo(400), body);
        Assert.That(RestErrors.ViolatedFields(body), Is.EqualTo(new[] { "bride" }));
    }

    /// <summary>Ashwini 1 groom against Ardra 1, Bharani 1 and Ashwini 1 brides: 17.5, 33 and 28 points (the engine test's hand count).</summary>
    [Test]
    public async Task Candidates_are_ranked_best_first_with_their_ids_and_places()
    {
        var request = new Contract.RankMatchesRequest { Person = Star(1, 1), Role = Contract.MatchRole.Groom };
        request.Candidates.Add(new Contract.MatchCandidate { Id = "ardra", Person = Star(6, 1) });
        request.Candidates.Add(new Contract.MatchCandidate { Id = "bharani", Person = Star(2, 1) });
        request.Candidates.Add(new Contract.MatchCandidate { Id = "ashwini", Person = Star(1, 1) });

        var ranked = await Client.RankMatchesAsync(request);

        Assert.That(ranked.Matches.Select(match => (match.Rank, match.Index, match.Id)), Is.EqualTo(new[] { (1, 1, "bharani"), (2, 2, "ashwini"), (3, 0, "ardra") }));
        Assert.That(ranked.Matches.Select(match => match.Match.TotalPoints), Is.EqualTo(new[] { 33, 28, 17.5 }));
        Assert.That(ranked.Matches.All(match => match.Match.GroomStar.Nakshatra == 1), Is.True, "the person keeps the groom's role");
        Assert.That(ranked.Settings.VarnaSigns, Is.EqualTo(Contract.VarnaSigns.AirVaishya));

        using var stream = Client.StreamRankMatches(request);
        var streamed = new List<Contract.RankedMatch>();
        await foreach (var match in stream.ResponseStream.ReadAllAsync())
        {
            streamed.Add(match);
        }

        Assert.That(streamed.Select(match => match.Id), Is.EqualTo(ranked.Matches.Select(match => match.Id)));
        Assert.That(streamed.All(match => match.Match.Settings is not null), Is.True, "a stream item carries its conventions");
    }

    [Test]
    public void A_ranking_names_its_missing_role_and_each_bad_candidate()
    {
        var request = new Contract.RankMatchesRequest { Person = Star(1, 1) };
        request.Candidates.Add(new Contract.MatchCandidate { Id = "fine", Person = Star(6, 1) });
        request.Candidates.Add(new Contract.MatchCandidate { Id = new string('x', 201), Person = Star(6, 5) });

        var error = Assert.ThrowsAsync<RpcException>(() => Client.RankMatchesAsync(request).ResponseAsync);

        Assert.That(error!.ViolatedFields(), Is.EquivalentTo(new[] { "role", "candidates[1].id", "candidates[1].person.moonStar.pada" }));
        var empty = Assert.ThrowsAsync<RpcException>(() =>
            Client.RankMatchesAsync(new Contract.RankMatchesRequest { Person = Star(1, 1), Role = Contract.MatchRole.Bride }).ResponseAsync);
        Assert.That(empty!.ViolatedFields(), Is.EqualTo(new[] { "candidates" }));
    }

    /// <summary>A chart typed from paper: ascendant Aries, the Moon in Cancer, the rest anywhere legal.</summary>
    private static Contract.MatchPerson Placements(double? moonDegree)
    {
        var placements = new Contract.Placements { AscendantSign = 0 };
        int[] signs = [0, 3, 9, 11, 3, 1, 6, 2, 8];
        for (var graha = 0; graha < signs.Length; graha++)
        {
            var placement = new Contract.GrahaPlacement { Graha = (Contract.Planet)(graha + 1), Sign = signs[graha] };
            if (graha == 1 && moonDegree is { } degree)
            {
                placement.Degree = degree;
            }

            placements.Grahas.Add(placement);
        }

        return new Contract.MatchPerson { Placements = placements };
    }
}
