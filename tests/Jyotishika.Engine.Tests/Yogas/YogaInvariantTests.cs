using Jyotishika.Engine.Analysis;
using Jyotishika.Engine.Yogas;

namespace Jyotishika.Engine.Tests.Yogas;

/// <summary>
/// Properties every chart must keep, over many seeded random sign charts: the yogas the sources define as alternatives
/// exclude each other, and the simplest rules agree with a direct reading of the chart.
/// </summary>
public sealed class YogaInvariantTests
{
    private const int Charts = 1000;

    private static readonly Yoga[] Sankhya = [Yoga.Vallaki, Yoga.Damini, Yoga.Pasha, Yoga.Kedara, Yoga.Shoola, Yoga.Yuga, Yoga.Gola];

    private static readonly Yoga[] MoonNeighbours = [Yoga.Sunapha, Yoga.Anapha, Yoga.Durudhara, Yoga.Kemadruma];

    private static IEnumerable<(SignChart Chart, YogaReport Report)> RandomCharts()
    {
        // A fixed seed: the same charts every run, so a failure can be reproduced.
        var random = new Random(18);
        for (var i = 0; i < Charts; i++)
        {
            var grahas = Dignities.SevenGrahas.ToDictionary(graha => graha, _ => new SignPosition(random.Next(12)));
            var rahu = random.Next(12);
            grahas[Graha.Rahu] = new SignPosition(rahu);
            grahas[Graha.Ketu] = new SignPosition((rahu + 6) % 12);
            var chart = new SignChart(random.Next(12), null, grahas);
            yield return (chart, YogaEvaluator.Evaluate(chart));
        }
    }

    [Test]
    public void Exactly_one_sankhya_yoga_forms()
    {
        foreach (var (_, report) in RandomCharts())
        {
            Assert.That(Sankhya.Count(yoga => report[yoga].Present), Is.EqualTo(1));
        }
    }

    [Test]
    public void Exactly_one_of_the_Moon_neighbour_yogas_forms()
    {
        foreach (var (_, report) in RandomCharts())
        {
            Assert.That(MoonNeighbours.Count(yoga => report[yoga].State != YogaState.Absent), Is.EqualTo(1));
        }
    }

    [Test]
    public void At_most_one_ashraya_yoga_forms()
    {
        foreach (var (_, report) in RandomCharts())
        {
            Assert.That(new[] { Yoga.Rajju, Yoga.Musala, Yoga.Nala }.Count(yoga => report[yoga].Present), Is.LessThanOrEqualTo(1));
        }
    }

    [Test]
    public void Each_exchange_of_signs_is_one_kind_of_parivartana()
    {
        foreach (var (chart, report) in RandomCharts())
        {
            var exchanges = 0;
            for (var i = 0; i < Dignities.SevenGrahas.Count; i++)
            {
                for (var j = i + 1; j < Dignities.SevenGrahas.Count; j++)
                {
                    var (first, second) = (Dignities.SevenGrahas[i], Dignities.SevenGrahas[j]);
                    if (Dignities.LordOf(chart.SignOf(first)) == second && Dignities.LordOf(chart.SignOf(second)) == first)
                    {
                        exchanges++;
                    }
                }
            }

            var reported = new[] { Yoga.MahaParivartana, Yoga.KhalaParivartana, Yoga.DainyaParivartana }
                .Sum(yoga => report[yoga].Conditions.Count);
            Assert.That(reported, Is.EqualTo(exchanges));
        }
    }

    [Test]
    public void Budhaditya_is_the_Sun_and_Mercury_in_one_sign()
    {
        foreach (var (chart, report) in RandomCharts())
        {
            Assert.That(report[Yoga.Budhaditya].Present, Is.EqualTo(chart.SignOf(Graha.Sun) == chart.SignOf(Graha.Mercury)));
        }
    }

    [Test]
    public void Present_yogas_name_grahas_and_houses_that_agree()
    {
        foreach (var (chart, report) in RandomCharts())
        {
            foreach (var result in report.Results.Where(result => result.State != YogaState.Absent))
            {
                Assert.That(result.Grahas, Is.Not.Empty, result.Key);
                Assert.That(result.Houses, Is.EquivalentTo(result.Grahas.Select(chart.HouseOf).Distinct()), result.Key);
            }
        }
    }
}
