using Jyotishika.Engine.Matching;

namespace Jyotishika.Engine.Tests.Matching;

/// <summary>Hand-worked matches and each convention option, from the tables written out in the Matching folder.</summary>
public sealed class AshtakootaTests
{
    private static readonly MoonStar Ashwini1 = new(1, 1);
    private static readonly MoonStar Bharani1 = new(2, 1);

    /// <summary>
    /// Groom Ashwini 1, bride Bharani 1, both Moons in Aries. Varna Kshatriya/Kshatriya 1; vashya Chatushpada both 2;
    /// tara: from her star (2) to his (1) is the 27th, remainder 0, Parama Mitra, and from his to hers the 2nd, Sampat,
    /// both auspicious 3; yoni Horse (him) and Elephant (her), neutral 2; maitri Mars and Mars 5; gana Deva groom with a
    /// Manushya bride 5; bhakoot 1/1 7; nadi Adi and Madhya 8. Total 33 (PyJHora's table has 30: its tara is 0 here).
    /// </summary>
    [Test]
    public void Ashwini_groom_with_Bharani_bride_worked_by_hand()
    {
        var result = Ashtakoota.Match(bride: Bharani1, groom: Ashwini1);

        Assert.That(result.Kootas.Select(koota => koota.Points), Is.EqualTo(new[] { 1, 2, 3, 2, 5, 5, 7, 8 }));
        Assert.That(result.TotalPoints, Is.EqualTo(33));
        Assert.That(result[Koota.Tara], Is.EqualTo(new KootaResult(Koota.Tara, 3, "ParamaMitra", "Sampat", "")));
        Assert.That(result[Koota.Yoni], Is.EqualTo(new KootaResult(Koota.Yoni, 2, "Elephant", "Horse", "Neutral")));
        Assert.That(result[Koota.Gana], Is.EqualTo(new KootaResult(Koota.Gana, 5, "Manushya", "Deva", "")));
        Assert.That(result[Koota.Nadi], Is.EqualTo(new KootaResult(Koota.Nadi, 8, "Madhya", "Adi", "Different")));
        Assert.That(result.Doshas, Is.Empty);
        Assert.That(result.Kootas.Sum(koota => koota.MaxPoints), Is.EqualTo(AshtakootaResult.MaxPoints));
    }

    [Test]
    public void Swapping_roles_changes_the_asymmetric_kootas()
    {
        var swapped = Ashtakoota.Match(bride: Ashwini1, groom: Bharani1);

        Assert.That(swapped[Koota.Gana].Points, Is.EqualTo(6), "Manushya groom with a Deva bride");
        Assert.That(swapped.TotalPoints, Is.EqualTo(34));
    }

    /// <summary>Groom in Taurus (earth), bride in Gemini (air): the varna of each triplicity decides the point.</summary>
    [TestCase(VarnaSigns.EarthVaishya, 1)]
    [TestCase(VarnaSigns.AirVaishya, 0)]
    public void Varna_follows_the_chosen_sign_assignment(VarnaSigns convention, double points)
    {
        var result = Ashtakoota.Match(bride: new MoonStar(6, 1), groom: new MoonStar(4, 1), new AshtakootaOptions(Varna: convention));

        Assert.That(result[Koota.Varna].Points, Is.EqualTo(points));
        Assert.That(result.Options.Varna, Is.EqualTo(convention));
    }

    /// <summary>Groom in Aries (Chatushpada), bride in Gemini (Manava).</summary>
    [TestCase(VashyaScoring.JHoraTable, 0.5)]
    [TestCase(VashyaScoring.Common, 1)]
    public void Vashya_follows_the_chosen_table(VashyaScoring scoring, double points) =>
        Assert.That(
            Ashtakoota.Match(new MoonStar(6, 1), Ashwini1, new AshtakootaOptions(Vashya: scoring))[Koota.Vashya].Points,
            Is.EqualTo(points));

    [Test]
    public void Sagittarius_and_Capricorn_change_vashya_at_their_middle()
    {
        Assert.That(Vashyas.Of(new MoonStar(19, 1)), Is.EqualTo(Vashya.Manava), "Mula 1, start of Sagittarius");
        Assert.That(Vashyas.Of(new MoonStar(20, 1)), Is.EqualTo(Vashya.Manava), "Purva Ashadha 1 straddles 15°: first half");
        Assert.That(Vashyas.Of(new MoonStar(20, 2)), Is.EqualTo(Vashya.Chatushpada));
        Assert.That(Vashyas.Of(new MoonStar(21, 2)), Is.EqualTo(Vashya.Chatushpada), "Uttara Ashadha 2, start of Capricorn");
        Assert.That(Vashyas.Of(new MoonStar(22, 3)), Is.EqualTo(Vashya.Jalachara));
    }

    [TestCase(0.0, 1, 1, 0)]
    [TestCase(29.99, 3, 1, 0)]
    [TestCase(30.0, 3, 2, 1)]
    [TestCase(359.99, 27, 4, 11)]
    public void Moon_star_from_longitude_carries_its_sign(double longitude, int nakshatra, int pada, int sign)
    {
        var moon = MoonStar.FromLongitude(longitude);

        Assert.That(moon, Is.EqualTo(new MoonStar(nakshatra, pada)));
        Assert.That(moon.Sign, Is.EqualTo(sign));
    }

    [Test]
    public void Moon_star_outside_the_zodiac_is_rejected()
    {
        Assert.That(() => new MoonStar(28, 1).Sign, Throws.TypeOf<ArgumentOutOfRangeException>());
        Assert.That(() => new MoonStar(1, 5).Sign, Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    /// <summary>
    /// Groom Ashwini 1 against brides Ardra 1 (1 + ½ + 1½ + 2 + ½ + 5 + 7 + 0 = 17½: Pratyari one way, Mars hostile to
    /// Mercury, both Adi), Bharani 1 (33, above) and Ashwini 1 (1 + 2 + 3 + 4 + 5 + 6 + 7 + 0 = 28, same nadi).
    /// </summary>
    [Test]
    public void Ranking_orders_candidates_by_total_highest_first()
    {
        MoonStar[] brides = [new(6, 1), Bharani1, Ashwini1];

        var ranked = MatchRanking.Rank(Ashwini1, MatchRole.Groom, brides);

        Assert.That(ranked.Select(candidate => candidate.Outcome.TotalPoints), Is.Ordered.Descending);
        Assert.That(ranked.Select(candidate => candidate.Candidate), Is.EquivalentTo(brides));
        Assert.That(ranked.All(candidate => candidate.Outcome.North!.Groom == Ashwini1), Is.True);
        Assert.That(ranked.Select(candidate => candidate.Outcome.TotalPoints), Is.EqualTo(new[] { 33, 28, 17.5 }));
        Assert.That(ranked.Select(candidate => candidate.Index), Is.EqualTo(new[] { 1, 2, 0 }));
    }

    [Test]
    public void Ranking_by_poruthams_counts_the_agreements()
    {
        MoonStar[] brides = [new(6, 1), Bharani1, Ashwini1];

        var ranked = MatchRanking.Rank(Ashwini1, MatchRole.Groom, brides, MatchMethod.SouthPorutham);

        Assert.That(ranked.Select(candidate => candidate.Outcome.TotalPoints), Is.Ordered.Descending);
        Assert.That(
            ranked.Select(candidate => candidate.Outcome.TotalPoints),
            Is.EqualTo(ranked.Select(candidate => (double)Poruthams.Match(candidate.Candidate, Ashwini1).Agreements)));
        Assert.That(ranked.All(candidate => candidate.Outcome.MaxPoints == 10 && candidate.Outcome.North is null), Is.True);
    }
}
