using Jyotishika.Engine.Analysis;
using Jyotishika.Engine.Jaimini;

namespace Jyotishika.Engine.Tests.Jaimini;

/// <summary>
/// Chara karakas against P. V. R. Narasimha Rao, "Vedic Astrology: An Integrated Approach", ch. 8 (Example 28 and
/// Exercise 11), with the positions and expected order as PyJHora's src/jhora/tests/pvr_tests.py (chapter_8_tests) records them.
/// </summary>
public sealed class CharaKarakaTests
{
    // Example 28: sign and degree in sign, Sun … Ketu.
    private static readonly SignChart Example28 = Chart(
        (2, 12 + (47 / 60.0)), (0, 20 + (28 / 60.0)), (2, 13 + (51 / 60.0)), (2, 25 + (18 / 60.0)), (1, 5 + (40 / 60.0)),
        (2, 17 + (21 / 60.0)), (1, 2 + (28 / 60.0)), (3, 1 + (43 / 60.0)), (9, 1 + (43 / 60.0)));

    // Exercise 11.
    private static readonly SignChart Exercise11 = Chart(
        (8, 9 + (36 / 60.0)), (4, 15 + (29 / 60.0)), (2, 13 + (40 / 60.0)), (7, 21.0), (10, 2 + (6 / 60.0)),
        (8, 17 + (42 / 60.0)), (7, 9 + (41 / 60.0)), (2, 14 + (30 / 60.0)), (8, 4 + (30 / 60.0)));

    [Test]
    public void Example_28_ranks_Rahu_first_by_its_backward_arc()
    {
        var karakas = CharaKarakas.Of(Example28, KarakaScheme.EightWithRahu);

        Assert.Multiple(() =>
        {
            Assert.That(karakas.Select(k => k.Graha), Is.EqualTo(new[]
            {
                Graha.Rahu, Graha.Mercury, Graha.Moon, Graha.Venus, Graha.Mars, Graha.Sun, Graha.Jupiter, Graha.Saturn,
            }));
            Assert.That(karakas.Select(k => k.Karaka), Is.EqualTo(Enum.GetValues<CharaKaraka>()));
            Assert.That(karakas[0].Degrees, Is.EqualTo(30 - (1 + (43 / 60.0))).Within(1e-9));
        });
    }

    [Test]
    public void Exercise_11_ranks_Rahu_third()
    {
        var karakas = CharaKarakas.Of(Exercise11, KarakaScheme.EightWithRahu);

        Assert.That(karakas.Select(k => k.Graha), Is.EqualTo(new[]
        {
            Graha.Mercury, Graha.Venus, Graha.Rahu, Graha.Moon, Graha.Mars, Graha.Saturn, Graha.Sun, Graha.Jupiter,
        }));
    }

    [Test]
    public void Seven_scheme_leaves_out_Rahu_and_the_Pitrikaraka()
    {
        var karakas = CharaKarakas.Of(Example28, KarakaScheme.SevenGrahas);

        Assert.Multiple(() =>
        {
            Assert.That(karakas.Select(k => k.Graha), Is.EqualTo(new[]
            {
                Graha.Mercury, Graha.Moon, Graha.Venus, Graha.Mars, Graha.Sun, Graha.Jupiter, Graha.Saturn,
            }));
            Assert.That(karakas.Select(k => k.Karaka), Is.EqualTo(new[]
            {
                CharaKaraka.Atmakaraka, CharaKaraka.Amatyakaraka, CharaKaraka.Bhratrikaraka, CharaKaraka.Matrikaraka,
                CharaKaraka.Putrakaraka, CharaKaraka.Gnatikaraka, CharaKaraka.Darakaraka,
            }));
        });
    }

    [Test]
    public void Equal_arcs_keep_the_order_Sun_to_Saturn_then_Rahu()
    {
        var tied = Chart((0, 10), (1, 10), (2, 10), (3, 10), (4, 10), (5, 10), (6, 10), (7, 20), (1, 20));

        Assert.That(CharaKarakas.Of(tied, KarakaScheme.EightWithRahu).Select(k => k.Graha), Is.EqualTo(new[]
        {
            Graha.Sun, Graha.Moon, Graha.Mars, Graha.Mercury, Graha.Jupiter, Graha.Venus, Graha.Saturn, Graha.Rahu,
        }));
    }

    [Test]
    public void A_chart_without_degrees_names_the_missing_grahas_and_is_refused()
    {
        var signsOnly = PaperCharts.Parse("4/2/6", "", "1", "7", "", "L", "", "", "", "8", "", "3/0/5");

        Assert.Multiple(() =>
        {
            Assert.That(CharaKarakas.MissingDegrees(signsOnly, KarakaScheme.EightWithRahu), Has.Count.EqualTo(8));
            Assert.That(CharaKarakas.MissingDegrees(signsOnly, KarakaScheme.SevenGrahas), Does.Not.Contain(Graha.Rahu));
            Assert.That(CharaKarakas.MissingDegrees(Example28, KarakaScheme.EightWithRahu), Is.Empty);
            Assert.Throws<ArgumentException>(() => CharaKarakas.Of(signsOnly, KarakaScheme.EightWithRahu));
        });
    }

    private static SignChart Chart(params (int Sign, double Degree)[] sunToKetu) => new(
        0,
        null,
        SignChart.NineGrahas.Select((graha, index) => (graha, index))
            .ToDictionary(pair => pair.graha, pair => new SignPosition(sunToKetu[pair.index].Sign, sunToKetu[pair.index].Degree)));
}
