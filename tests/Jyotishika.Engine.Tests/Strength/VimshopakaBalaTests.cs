using Jyotishika.Engine.Analysis;
using Jyotishika.Engine.Strength;
using Jyotishika.Engine.Vargas;

namespace Jyotishika.Engine.Tests.Strength;

/// <summary>Vimshopaka bala against BPHS ch. 7 v. 17–27 and a hand-worked case.</summary>
public sealed class VimshopakaBalaTests
{
    // Aries = 0. Sun and Mercury in Gemini, Jupiter in Cancer, Moon in Pisces, Mars in Aries, Venus in Taurus, Saturn in Aquarius.
    private static readonly Dictionary<Graha, int> RasiSigns = new()
    {
        [Graha.Sun] = 2, [Graha.Moon] = 11, [Graha.Mars] = 0, [Graha.Mercury] = 2,
        [Graha.Jupiter] = 3, [Graha.Venus] = 1, [Graha.Saturn] = 10,
    };

    [TestCase(VimshopakaScheme.Shadvarga, 6)]
    [TestCase(VimshopakaScheme.Saptavarga, 7)]
    [TestCase(VimshopakaScheme.Dashavarga, 10)]
    [TestCase(VimshopakaScheme.Shodasavarga, 16)]
    public void Each_scheme_weighs_its_distinct_vargas_to_a_full_twenty(VimshopakaScheme scheme, int count)
    {
        var weights = VimshopakaWeights.Of(scheme);

        Assert.Multiple(() =>
        {
            Assert.That(weights.Sum(w => w.Weight), Is.EqualTo(20));
            Assert.That(weights.Select(w => w.Varga).Distinct().Count(), Is.EqualTo(count));
        });
    }

    [Test]
    public void Varga_vishwa_is_20_18_15_10_7_5()
    {
        var points = Enum.GetValues<VimshopakaDignity>().Select(VimshopakaBala.Points);

        Assert.That(points, Is.EqualTo(new double[] { 20, 18, 15, 10, 7, 5 }));
    }

    [TestCase(VimshopakaScheme.Shadvarga)]
    [TestCase(VimshopakaScheme.Saptavarga)]
    [TestCase(VimshopakaScheme.Dashavarga)]
    [TestCase(VimshopakaScheme.Shodasavarga)]
    public void A_graha_in_own_sign_in_every_varga_would_score_the_full_twenty(VimshopakaScheme scheme)
    {
        // No longitude puts a graha in its own sign in every varga (the hora is only ever Leo or Cancer, the trimsamsa
        // never is), so the full score is checked on the scheme's own weights with the own-sign vishwa.
        var all = VimshopakaWeights.Of(scheme)
            .Select(w => new VimshopakaVarga(w.Varga, 0, VimshopakaDignity.Own, VimshopakaBala.Points(VimshopakaDignity.Own), w.Weight));

        Assert.That(all.Sum(v => v.Contribution), Is.EqualTo(20).Within(1e-12));
    }

    [TestCase(Graha.Mars, 0, VimshopakaDignity.Own)]
    [TestCase(Graha.Jupiter, 4, VimshopakaDignity.GreatFriend)] // Sun: natural friend, 12th from Jupiter.
    [TestCase(Graha.Jupiter, 0, VimshopakaDignity.GreatFriend)] // Mars: natural friend, 10th from Jupiter.
    [TestCase(Graha.Jupiter, 3, VimshopakaDignity.Neutral)] // Moon: natural friend, 9th from Jupiter.
    [TestCase(Graha.Jupiter, 5, VimshopakaDignity.Neutral)] // Mercury: natural enemy, 12th from Jupiter.
    [TestCase(Graha.Jupiter, 10, VimshopakaDignity.Enemy)] // Saturn: natural neutral, 8th from Jupiter.
    [TestCase(Graha.Moon, 0, VimshopakaDignity.Friend)] // Mars: natural neutral, 2nd from the Moon.
    [TestCase(Graha.Sun, 10, VimshopakaDignity.GreatEnemy)] // Saturn: natural enemy, 9th from the Sun.
    [TestCase(Graha.Sun, 1, VimshopakaDignity.Neutral)] // Venus: natural enemy, 12th from the Sun.
    public void Dignity_is_own_sign_or_the_compound_relation_to_the_lord(Graha graha, int sign, VimshopakaDignity expected) =>
        Assert.That(VimshopakaBala.DignityIn(graha, sign, RasiSigns), Is.EqualTo(expected));

    /// <summary>
    /// Jupiter at Cancer 6° (96°), exalted in the rasi, which earns nothing of its own. By hand (BPHS ch. 6 rules):
    /// D1 Cancer (Moon: neutral, 10); D2 even sign, first half: Cancer (10); D3 first part: Cancer (10);
    /// D7 even sign, second part (6° / 4°17′): 3 + 6 + 1 = Aquarius (Saturn: natural neutral, 8th from Jupiter: enemy, 7);
    /// D9 Cancer is the 28th navamsa from Aries: Leo (Sun: great friend, 18);
    /// D12 third part: Virgo (Mercury: natural enemy, 12th from Jupiter: neutral, 10);
    /// D30 even sign 5°–12°: Virgo (10).
    /// Shadvarga: (6·10 + 2·10 + 4·10 + 5·18 + 2·10 + 1·10) / 20 = 240 / 20 = 12.
    /// Saptavarga: (5·10 + 2·10 + 3·10 + 2.5·7 + 4.5·18 + 2·10 + 1·10) / 20 = 228.5 / 20 = 11.425.
    /// </summary>
    [TestCase(VimshopakaScheme.Shadvarga, 12.0)]
    [TestCase(VimshopakaScheme.Saptavarga, 11.425)]
    public void Jupiter_at_cancer_six_degrees_matches_the_hand_count(VimshopakaScheme scheme, double expected)
    {
        var score = VimshopakaBala.Of(Graha.Jupiter, 96.0, RasiSigns, scheme);

        Assert.Multiple(() =>
        {
            Assert.That(score.Points, Is.EqualTo(expected).Within(1e-9));
            Assert.That(score.Vargas.Single(v => v.Varga == Varga.Navamsa).Dignity, Is.EqualTo(VimshopakaDignity.GreatFriend));
            Assert.That(score.Vargas.Single(v => v.Varga == Varga.Rasi).Dignity, Is.EqualTo(VimshopakaDignity.Neutral));
        });
    }

    [Test]
    public void Every_graha_of_a_real_chart_scores_between_five_and_twenty_in_every_scheme()
    {
        // B. V. Raman's example chart (16 Oct 1918, 13°N 77°35′E), the shadbala reference tests' first case.
        var chart = StrengthPool.Engine.ComputeAsync(new ChartInput(
            new DateTime(1918, 10, 16, 8, 52, 16, DateTimeKind.Utc), 13.0, 77 + 35 / 60.0,
            ChartSettings.Default with { Ayanamsha = Ayanamsha.Raman })).GetAwaiter().GetResult();

        Assert.Multiple(() =>
        {
            foreach (var scheme in Enum.GetValues<VimshopakaScheme>())
            {
                var scores = VimshopakaBala.Of(chart, scheme);
                Assert.That(scores.Select(s => s.Graha), Is.EqualTo(Dignities.SevenGrahas));
                foreach (var score in scores)
                {
                    Assert.That(score.Points, Is.InRange(5.0, 20.0), $"{scheme} {score.Graha}");
                    Assert.That(score.Vargas.Select(v => v.Varga), Is.EqualTo(VimshopakaWeights.Of(scheme).Select(w => w.Varga)));
                    Assert.That(score.Points, Is.EqualTo(score.Vargas.Sum(v => v.Contribution)).Within(1e-12));
                }
            }
        });
    }
}
