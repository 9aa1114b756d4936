using Jyotishika.Engine.Analysis;
using Jyotishika.Engine.Jaimini;

namespace Jyotishika.Engine.Tests.Jaimini;

/// <summary>
/// What the options change, on PVR's charts as PyJHora's pvr_tests.py records them (see <see cref="ArudhaBookTests"/>): the
/// plain count without the classical exception, and the primary lord of Aquarius or Scorpio instead of the stronger co-lord.
/// </summary>
public sealed class ArudhaOptionTests
{
    private static readonly SignChart Chart1 = PaperCharts.Parse("4/2/6", "", "1", "7", "", "L", "", "", "", "8", "", "3/0/5");

    private static readonly SignChart Chart2 = PaperCharts.Parse("6", "5", "", "7/8", "", "", "", "", "3/L", "4", "1/0/2", "");

    [Test]
    public void Arudha_lagna_of_example_29_moves_from_the_lagna_itself_to_the_10th()
    {
        // Virgo rising, Mercury in Pisces: seven signs on is Virgo again, so the pada goes to Gemini, the 10th from Virgo.
        var classical = Arudhas.Bhavas(Chart1, JaiminiOptions.Default)[0];
        var plain = Arudhas.Bhavas(Chart1, JaiminiOptions.Default with { Exceptions = ArudhaException.None })[0];

        Assert.Multiple(() =>
        {
            Assert.That(classical, Is.EqualTo(new BhavaArudha(1, 5, Graha.Mercury, 2, true)));
            Assert.That(plain, Is.EqualTo(new BhavaArudha(1, 5, Graha.Mercury, 5, false)));
        });
    }

    [Test]
    public void Exercise_12_needs_Rahu_as_the_stronger_lord_of_Aquarius()
    {
        // Rahu is joined by Ketu in Cancer, Saturn stands alone in Aries; PVR's A3 (Aquarius) is Sagittarius.
        var stronger = Arudhas.Bhavas(Chart2, JaiminiOptions.Default)[2];
        var primary = Arudhas.Bhavas(Chart2, JaiminiOptions.Default with { CoLords = CoLordRule.Primary })[2];

        Assert.Multiple(() =>
        {
            Assert.That(Arudhas.LordOf(Chart2, 10, CoLordRule.Stronger), Is.EqualTo(Graha.Rahu));
            Assert.That(stronger.Lord, Is.EqualTo(Graha.Rahu));
            Assert.That(stronger.Sign, Is.EqualTo(8));
            Assert.That(primary.Lord, Is.EqualTo(Graha.Saturn));
            Assert.That(primary.Sign, Is.EqualTo(2));
        });
    }

    [Test]
    public async Task Chennai_1996_needs_Ketu_as_the_stronger_lord_of_Scorpio()
    {
        // Ketu is joined by Saturn in Pisces, Mars stands alone in Leo; JHora's A11 (Scorpio) is Cancer.
        var settings = ChartSettings.Default with { PositionType = PositionType.Geometric };
        var chart = SignChart.Of(await EnginePool.Engine.ComputeAsync(
            new ChartInput(new DateTime(1996, 12, 7, 5, 4, 0, DateTimeKind.Utc), 13.0878, 80.2785, settings)));

        var stronger = Arudhas.Bhavas(chart, JaiminiOptions.Default)[10];
        var primary = Arudhas.Bhavas(chart, JaiminiOptions.Default with { CoLords = CoLordRule.Primary })[10];

        Assert.Multiple(() =>
        {
            Assert.That(stronger.HouseSign, Is.EqualTo(7));
            Assert.That(stronger.Lord, Is.EqualTo(Graha.Ketu));
            Assert.That(stronger.Sign, Is.EqualTo(3));
            Assert.That(primary.Lord, Is.EqualTo(Graha.Mars));
            Assert.That(primary.Sign, Is.Not.EqualTo(3));
        });
    }

    [Test]
    public void Graha_arudhas_count_to_the_stronger_own_sign_and_nodes_to_their_co_owned_signs()
    {
        // Example 29: Mercury counts to Gemini (the Moon is there, Virgo is empty); Rahu to Aquarius, Ketu to Scorpio.
        var padas = Arudhas.Grahas(Chart1, JaiminiOptions.Default).ToDictionary(pada => pada.Graha);

        Assert.Multiple(() =>
        {
            Assert.That(padas, Has.Count.EqualTo(9));
            Assert.That(padas[Graha.Mercury].OwnSign, Is.EqualTo(2));
            Assert.That(padas[Graha.Rahu].OwnSign, Is.EqualTo(10));
            Assert.That(padas[Graha.Ketu].OwnSign, Is.EqualTo(7));
        });
    }
}
