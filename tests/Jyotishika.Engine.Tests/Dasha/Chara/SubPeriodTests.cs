using Jyotishika.Engine.Dasha;
using Jyotishika.Engine.Dasha.Chara;

namespace Jyotishika.Engine.Tests.Dasha.Chara;

/// <summary>Each tree placed in time: sub-periods fill their parent exactly and the mahadashas cover 120 years.</summary>
public sealed class SubPeriodTests
{
    private static IEnumerable<TestCaseData> Trees()
    {
        var chart = PaperCharts.Of(9, 7, 6, 4, 8, 8, 6, 11, 5, 11);
        yield return new TestCaseData(CharaDashas.Chara(chart, CharaMethod.NarasimhaRao), 12).SetArgDisplayNames("Chara, Narasimha Rao");
        yield return new TestCaseData(CharaDashas.Chara(chart, CharaMethod.KnRao), 12).SetArgDisplayNames("Chara, K. N. Rao");
        yield return new TestCaseData(CharaDashas.Moola(chart), 9).SetArgDisplayNames("Moola");
    }

    [TestCaseSource(nameof(Trees))]
    public void Three_levels_nest_without_gaps_and_cover_120_years(IDashaTree tree, int childrenEach)
    {
        var birth = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var periods = DashaCalculator.Periods(tree, birth, DashaYearLength.MeanSidereal, 3, birth, birth.AddYears(200)).ToList();
        var mahadashas = periods.Where(p => p.Level == 1).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(mahadashas[0].Start, Is.EqualTo(birth));
            var coveredYears = (mahadashas[^1].End - birth).TotalDays / DashaYearLength.MeanSidereal.Days();
            Assert.That(coveredYears, Is.GreaterThanOrEqualTo(DashaCalculator.CoveredYears));
            foreach (var parent in periods.Where(p => p.Level < 3))
            {
                var children = periods.Where(p => p.Level == parent.Level + 1 && p.Path.Take(parent.Level).SequenceEqual(parent.Path)
                    && p.Start >= parent.Start && p.End <= parent.End).ToList();
                Assert.That(children, Has.Count.EqualTo(childrenEach));
                Assert.That(children[0].Start, Is.EqualTo(parent.Start));
                Assert.That(children[^1].End, Is.EqualTo(parent.End));
                for (var i = 1; i < children.Count; i++)
                {
                    Assert.That(children[i].Start, Is.EqualTo(children[i - 1].End));
                }

                // Shares before the calculator closes the last: the tree's own years add up to the parent's to 1e-9.
                var years = (parent.End - parent.Start).TotalDays / DashaYearLength.MeanSidereal.Days();
                var shares = tree.SubPeriods(parent.Path, years).Sum(s => s.Years);
                Assert.That(shares, Is.EqualTo(years).Within(1e-9));
            }
        });
    }
}
