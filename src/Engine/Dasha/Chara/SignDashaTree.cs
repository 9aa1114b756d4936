namespace Jyotishika.Engine.Dasha.Chara;

/// <summary>
/// A rasi dasha of twelve signs from birth: the first cycle with the chart's years, the second with 12 less each (P. V. R.
/// Narasimha Rao, Chara dasa: the two cycles make 144 years), alternating thereafter. Every period divides into twelve equal
/// sub-periods of signs in the order <paramref name="subOrder"/> gives for the period's own sign.
/// </summary>
internal sealed class SignDashaTree(IReadOnlyList<int> signs, IReadOnlyList<int> firstCycleYears, Func<int, IReadOnlyList<int>> subOrder)
    : IDashaTree
{
    private const int SignsInCycle = 12;
    private const double FullYears = 12;

    public double ElapsedYearsAtBirth => 0;

    public IEnumerable<DashaSpan> Mahadashas()
    {
        for (var cycle = 0; ; cycle++)
        {
            for (var i = 0; i < signs.Count; i++)
            {
                var years = cycle % 2 == 0 ? firstCycleYears[i] : FullYears - firstCycleYears[i];
                yield return new DashaSpan(DashaLord.OfSign(signs[i]), years);
            }
        }
    }

    public IReadOnlyList<DashaSpan> SubPeriods(IReadOnlyList<DashaLord> path, double parentYears)
    {
        var sign = path[^1].Sign ?? throw new ArgumentException("A rasi dasha's lords are signs.", nameof(path));
        return subOrder(sign).Select(sub => new DashaSpan(DashaLord.OfSign(sub), parentYears / SignsInCycle)).ToList();
    }
}
