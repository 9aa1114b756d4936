using System.Globalization;
using Jyotishika.Engine.Dasha;

namespace Jyotishika.Engine.Tests.Dasha.Rasi;

/// <summary>Checks shared by the rasi-dasha tests.</summary>
internal static class RasiDashaAssert
{
    private static readonly TimeSpan Ist = TimeSpan.FromMinutes(330);

    /// <summary>
    /// Each mahadasha's sign, start (PyJHora's IST, whole seconds) and years, in order, zero-year dasas left out as PyJHora's
    /// timeline has them at the same instant. Tolerance 1 s: PyJHora prints whole seconds.
    /// </summary>
    public static void MahadashasStartAt(IDashaTree tree, DateTime birth, (int Sign, string Start, double Years)[] expected)
    {
        var periods = DashaCalculator.Periods(tree, birth, DashaYearLength.MeanSidereal, 1, birth, birth.AddYears(130)).ToList();
        Assert.Multiple(() =>
        {
            for (var i = 0; i < expected.Length; i++)
            {
                var start = DateTime.SpecifyKind(
                    DateTime.ParseExact(expected[i].Start, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) - Ist, DateTimeKind.Utc);
                Assert.That(periods[i].Path[0].Sign, Is.EqualTo(expected[i].Sign), $"dasa {i}");
                Assert.That(Math.Abs((periods[i].Start - start).TotalSeconds), Is.LessThanOrEqualTo(1), $"dasa {i} start {periods[i].Start:O}");
                Assert.That((periods[i].End - periods[i].Start).TotalDays / DashaYearLength.MeanSidereal.Days(),
                    Is.EqualTo(expected[i].Years).Within(1e-9), $"dasa {i} years");
            }
        });
    }

    /// <summary>Down to three levels over 120 years, every parent's children are twelve, equal, and tile it exactly.</summary>
    public static void ChildrenFillParents(IDashaTree tree, DateTime birth)
    {
        // The window runs past the last mahadasha, so no parent is cut short.
        var periods = DashaCalculator.Periods(tree, birth, DashaYearLength.MeanSidereal, 3, birth, birth.AddYears(150)).ToList();
        Assert.That(periods[0].Start, Is.EqualTo(birth));
        Assert.That(periods.Where(p => p.Level == 1).Last().End, Is.GreaterThanOrEqualTo(birth.AddYears(120)));
        Assert.Multiple(() =>
        {
            foreach (var parent in periods.Where(p => p.Level < 3))
            {
                var children = periods.Where(p => p.Level == parent.Level + 1 && p.Path.Take(parent.Level).SequenceEqual(parent.Path)
                    && p.Start >= parent.Start && p.End <= parent.End).ToList();
                Assert.That(children, Has.Count.EqualTo(12));
                Assert.That(children[0].Start, Is.EqualTo(parent.Start));
                Assert.That(children[^1].End, Is.EqualTo(parent.End));
                var share = (parent.End - parent.Start).Ticks / 12.0;
                foreach (var child in children)
                {
                    // Start and end are sums of double day counts from birth (one ulp is about 0.6 us at 120 years) rounded to
                    // 100 ns ticks, so a share may be off by a few ulps: 10 us allowed, where a wrong share is off by days.
                    Assert.That((child.End - child.Start).Ticks, Is.EqualTo(share).Within(100));
                }
            }
        });
    }
}
