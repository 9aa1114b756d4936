using Jyotishika.Engine.Analysis;
using Jyotishika.Engine.Aspects;
using Jyotishika.Engine.Tests.Ashtakavarga;

namespace Jyotishika.Engine.Tests.Aspects;

/// <summary>Graha drishti (BPHS ch. 26) worked by hand on one chart, and the three node conventions.</summary>
public sealed class GrahaDrishtiTests
{
    // Cancer rising (house of sign s is s − 3 + 1, mod 12). Sun Aries, Moon Taurus, Mars Gemini, Mercury Cancer, Jupiter Leo,
    // Venus Virgo, Saturn Libra, Rahu Scorpio, Ketu Taurus.
    private static readonly SignChart Chart = PaperCharts.Of(3, 0, 1, 2, 3, 4, 5, 6, 7, 1);

    [TestCase(Graha.Sun, new[] { 6 }, new[] { 4 }, new[] { Graha.Saturn })]
    [TestCase(Graha.Moon, new[] { 7 }, new[] { 5 }, new[] { Graha.Rahu })]
    [TestCase(Graha.Mars, new[] { 5, 8, 9 }, new[] { 3, 6, 7 }, new[] { Graha.Venus })]
    [TestCase(Graha.Mercury, new[] { 9 }, new[] { 7 }, new Graha[0])]
    [TestCase(Graha.Jupiter, new[] { 8, 10, 0 }, new[] { 6, 8, 10 }, new[] { Graha.Sun })]
    [TestCase(Graha.Venus, new[] { 11 }, new[] { 9 }, new Graha[0])]
    [TestCase(Graha.Saturn, new[] { 8, 0, 3 }, new[] { 6, 10, 1 }, new[] { Graha.Sun, Graha.Mercury })]
    [TestCase(Graha.Rahu, new int[0], new int[0], new Graha[0])]
    [TestCase(Graha.Ketu, new int[0], new int[0], new Graha[0])]
    public void Each_graha_aspects_its_classical_houses(Graha graha, int[] signs, int[] houses, Graha[] grahas)
    {
        var aspect = GrahaDrishti.Of(Chart).Single(candidate => candidate.Graha == graha);

        Assert.Multiple(() =>
        {
            Assert.That(aspect.Signs, Is.EqualTo(signs));
            Assert.That(aspect.Houses, Is.EqualTo(houses));
            Assert.That(aspect.Grahas, Is.EqualTo(grahas));
        });
    }

    [Test]
    public void Nine_aspects_come_in_the_order_of_the_nine_grahas_and_nodes_cast_none_by_default()
    {
        var aspects = GrahaDrishti.Of(Chart);

        Assert.That(aspects.Select(aspect => aspect.Graha), Is.EqualTo(SignChart.NineGrahas));
        Assert.That(GrahaAspectOptions.Default.Nodes, Is.EqualTo(NodeAspects.None));
        Assert.That(
            GrahaDrishti.Of(Chart, new GrahaAspectOptions { Nodes = NodeAspects.None }),
            Is.EqualTo(aspects).Using<GrahaAspect>(SameAspect));
    }

    [TestCase(NodeAspects.Seventh, Graha.Rahu, new[] { 1 }, new[] { 11 }, new[] { Graha.Moon, Graha.Ketu })]
    [TestCase(NodeAspects.Seventh, Graha.Ketu, new[] { 7 }, new[] { 5 }, new[] { Graha.Rahu })]
    [TestCase(NodeAspects.LikeJupiter, Graha.Rahu, new[] { 11, 1, 3 }, new[] { 9, 11, 1 },
        new[] { Graha.Moon, Graha.Mercury, Graha.Ketu })]
    [TestCase(NodeAspects.LikeJupiter, Graha.Ketu, new[] { 5, 7, 9 }, new[] { 3, 5, 7 }, new[] { Graha.Venus, Graha.Rahu })]
    public void Nodes_aspect_as_the_option_says(NodeAspects nodes, Graha node, int[] signs, int[] houses, Graha[] grahas)
    {
        var aspects = GrahaDrishti.Of(Chart, new GrahaAspectOptions { Nodes = nodes });
        var aspect = aspects.Single(candidate => candidate.Graha == node);

        Assert.Multiple(() =>
        {
            Assert.That(aspect.Signs, Is.EqualTo(signs));
            Assert.That(aspect.Houses, Is.EqualTo(houses));
            Assert.That(aspect.Grahas, Is.EqualTo(grahas));
            Assert.That(
                aspects.Take(7),
                Is.EqualTo(GrahaDrishti.Of(Chart).Take(7)).Using<GrahaAspect>(SameAspect),
                "the seven grahas do not change");
        });
    }

    [Test]
    public void The_seven_grahas_agree_with_the_aspects_the_yogas_read()
    {
        var random = new Random(26);
        for (var index = 0; index < 100; index++)
        {
            var rahu = random.Next(12);
            var chart = PaperCharts.Of(random.Next(12), [.. Enumerable.Range(0, 7).Select(_ => random.Next(12)), rahu, (rahu + 6) % 12]);
            foreach (var aspect in GrahaDrishti.Of(chart).Take(7))
            {
                var expected = Enumerable.Range(0, 12).Where(sign => SignAspects.Aspects(chart, aspect.Graha, sign));
                Assert.That(aspect.Signs.Order(), Is.EqualTo(expected));
            }
        }
    }

    [Test]
    public void A_chart_without_one_of_the_nine_grahas_is_refused()
    {
        var chart = new SignChart(0, null, new Dictionary<Graha, SignPosition> { [Graha.Sun] = new(0) });

        Assert.That(() => GrahaDrishti.Of(chart), Throws.ArgumentException.With.Message.Contains("Ketu"));
    }

    private static bool SameAspect(GrahaAspect left, GrahaAspect right) =>
        left.Graha == right.Graha && left.Signs.SequenceEqual(right.Signs) && left.Houses.SequenceEqual(right.Houses)
        && left.Grahas.SequenceEqual(right.Grahas);
}
