using Jyotishika.Engine.Analysis;
using Jyotishika.Engine.Ashtakavarga;

namespace Jyotishika.Engine.Tests.Ashtakavarga;

/// <summary>What holds for every chart: the bindu totals of BPHS ch. 66 and the shape of the reductions and pindas.</summary>
public sealed class AshtakavargaInvariantTests
{
    private const int Seed = 20261207;
    private const int ChartCount = 200;

    /// <summary>Sun … Saturn, then the ascendant's own: the totals every source states.</summary>
    private static readonly int[] Totals = [48, 49, 39, 54, 56, 52, 39, 49];

    private static IEnumerable<SignChart> RandomCharts()
    {
        var random = new Random(Seed);
        for (var index = 0; index < ChartCount; index++)
        {
            var rahu = random.Next(12);
            int[] signs = [.. Enumerable.Range(0, 7).Select(_ => random.Next(12)), rahu, (rahu + 6) % 12];
            yield return PaperCharts.Of(random.Next(12), signs);
        }

        yield return PaperCharts.Of(5, 5, 5, 5, 5, 5, 5, 5, 5, 11);
    }

    [Test]
    public void Every_chart_gives_the_classical_totals()
    {
        Assert.Multiple(() =>
        {
            foreach (var chart in RandomCharts())
            {
                var result = AshtakavargaCalculator.Compute(chart);
                var withAscendant = AshtakavargaCalculator.Compute(chart, new AshtakavargaOptions { SarvaIncludesAscendant = true });

                Assert.That(result.Bhinna.Select(table => table.Owner), Is.EqualTo(Enum.GetValues<Contributor>()));
                Assert.That(result.Bhinna.Select(table => table.Points.Sum()), Is.EqualTo(Totals), chart.ToString());
                Assert.That(result.Sarva.Sum(), Is.EqualTo(337));
                Assert.That(withAscendant.Sarva.Sum(), Is.EqualTo(386));
                Assert.That(result.Options, Is.EqualTo(AshtakavargaOptions.Default));
            }
        });
    }

    [Test]
    public void Sarva_is_the_sum_of_the_tables_sign_by_sign()
    {
        foreach (var chart in RandomCharts())
        {
            var result = AshtakavargaCalculator.Compute(chart);
            var expected = Enumerable.Range(0, 12).Select(sign => result.Bhinna.Take(7).Sum(table => table.Points[sign]));

            Assert.That(result.Sarva, Is.EqualTo(expected));
        }
    }

    [Test]
    public void The_prastara_adds_up_to_the_points()
    {
        foreach (var table in RandomCharts().SelectMany(chart => AshtakavargaCalculator.Compute(chart).Bhinna))
        {
            Assert.That(table.Prastara, Has.Count.EqualTo(8));
            Assert.That(table.Prastara, Has.All.Count.EqualTo(12));
            Assert.That(table.Points, Is.EqualTo(Enumerable.Range(0, 12).Select(sign => table.Prastara.Count(row => row[sign]))));
        }
    }

    [Test]
    public void Reductions_only_remove_and_leave_each_trine_with_an_empty_sign()
    {
        Assert.Multiple(() =>
        {
            foreach (var table in RandomCharts().SelectMany(chart => AshtakavargaCalculator.Compute(chart).Bhinna))
            {
                var trikona = table.AfterTrikonaSodhana;
                var ekadhipatya = table.AfterEkadhipatyaSodhana;
                for (var sign = 0; sign < 12; sign++)
                {
                    Assert.That(trikona[sign], Is.InRange(0, table.Points[sign]));
                    Assert.That(ekadhipatya[sign], Is.InRange(0, trikona[sign]));
                }

                Assert.That(Enumerable.Range(0, 4).All(first => trikona[first] * trikona[first + 4] * trikona[first + 8] == 0), Is.True);
                Assert.That(ekadhipatya[3], Is.EqualTo(trikona[3]), "Cancer has one lord");
                Assert.That(ekadhipatya[4], Is.EqualTo(trikona[4]), "Leo has one lord");
            }
        });
    }

    [Test]
    public void Pindas_are_given_for_the_seven_grahas_only()
    {
        foreach (var table in RandomCharts().SelectMany(chart => AshtakavargaCalculator.Compute(chart).Bhinna))
        {
            if (table.Owner == Contributor.Ascendant)
            {
                Assert.That(new[] { table.RasiPinda, table.GrahaPinda, table.SodhyaPinda }, Has.All.Null);
            }
            else
            {
                Assert.That(table.SodhyaPinda, Is.EqualTo(table.RasiPinda + table.GrahaPinda));
            }
        }
    }

    [Test]
    public void A_chart_without_one_of_the_seven_grahas_is_refused()
    {
        var chart = new SignChart(0, null, new Dictionary<Graha, SignPosition> { [Graha.Sun] = new(0) });

        Assert.That(() => AshtakavargaCalculator.Compute(chart), Throws.ArgumentException.With.Message.Contains("Moon"));
    }
}
