using Jyotishika.Engine.Analysis;
using Jyotishika.Engine.Jaimini;

namespace Jyotishika.Engine.Tests.Jaimini;

/// <summary>
/// Bhava and graha arudhas against the worked examples of P. V. R. Narasimha Rao, "Vedic Astrology: An Integrated Approach",
/// ch. 9, and a Jagannatha Hora chart, with the expected signs as PyJHora's src/jhora/tests/pvr_tests.py (chapter_9_tests)
/// records them. Signs are 0 = Aries … 11 = Pisces; graha arudhas are listed Sun … Ketu.
/// </summary>
public sealed class ArudhaBookTests
{
    // PVR Example 29 / Chart 1, born 2000-04-09 17:55 (UTC−4), 42°30′N 71°12′W.
    private static readonly SignChart Chart1 = PaperCharts.Parse("4/2/6", "", "1", "7", "", "L", "", "", "", "8", "", "3/0/5");

    // PVR Exercises 12 and 13 / Chart 2 (the D16 of the same birth).
    private static readonly SignChart Chart2 = PaperCharts.Parse("6", "5", "", "7/8", "", "", "", "", "3/L", "4", "1/0/2", "");

    [Test]
    public void Example_29_bhava_arudhas_from_signs_alone()
    {
        Assert.That(BhavaSigns(Chart1), Is.EqualTo(new[] { 2, 4, 5, 4, 0, 2, 1, 9, 9, 5, 1, 6 }));
    }

    [Test]
    public void Example_29_graha_arudhas_from_signs_alone()
    {
        Assert.That(GrahaSigns(Chart1), Is.EqualTo(new[] { 9, 4, 9, 2, 10, 1, 3, 5, 5 }));
    }

    [Test]
    public void Exercise_12_bhava_arudhas_from_signs_alone()
    {
        Assert.That(BhavaSigns(Chart2), Is.EqualTo(new[] { 10, 0, 8, 7, 8, 10, 11, 5, 1, 8, 8, 10 }));
    }

    [Test]
    public void Exercise_13_graha_arudhas_from_signs_alone()
    {
        Assert.That(GrahaSigns(Chart2), Is.EqualTo(new[] { 7, 8, 2, 11, 7, 10, 8, 5, 11 }));
    }

    [Test]
    public async Task Example_29_from_the_computed_chart()
    {
        var chart = SignChart.Of(await EnginePool.Engine.ComputeAsync(
            new ChartInput(new DateTime(2000, 4, 9, 21, 55, 0, DateTimeKind.Utc), 42.5, -71.2, ChartSettings.Default)));

        Assert.Multiple(() =>
        {
            Assert.That(BhavaSigns(chart), Is.EqualTo(new[] { 2, 4, 5, 4, 0, 2, 1, 9, 9, 5, 1, 6 }));
            Assert.That(GrahaSigns(chart), Is.EqualTo(new[] { 9, 4, 9, 2, 10, 1, 3, 5, 5 }));
        });
    }

    [Test]
    public async Task Jagannatha_Hora_Chennai_1996_bhava_and_graha_arudhas()
    {
        // Chennai 1996-12-07 10:34 IST; JHora's values as PyJHora's test records them. JHora uses geometric positions.
        var settings = ChartSettings.Default with { PositionType = PositionType.Geometric };
        var chart = SignChart.Of(await EnginePool.Engine.ComputeAsync(
            new ChartInput(new DateTime(1996, 12, 7, 5, 4, 0, DateTimeKind.Utc), 13.0878, 80.2785, settings)));

        Assert.Multiple(() =>
        {
            Assert.That(BhavaSigns(chart), Is.EqualTo(new[] { 1, 0, 2, 8, 11, 11, 6, 7, 8, 3, 3, 5 }));
            Assert.That(GrahaSigns(chart), Is.EqualTo(new[] { 10, 9, 7, 11, 11, 3, 9, 3, 3 }));
        });
    }

    private static int[] BhavaSigns(SignChart chart) => Arudhas.Bhavas(chart, JaiminiOptions.Default).Select(pada => pada.Sign).ToArray();

    private static int[] GrahaSigns(SignChart chart) => Arudhas.Grahas(chart, JaiminiOptions.Default).Select(pada => pada.Sign).ToArray();
}
