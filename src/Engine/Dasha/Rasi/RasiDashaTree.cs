namespace Jyotishika.Engine.Dasha.Rasi;

/// <summary>
/// A rasi dasha of one chart: its mahadashas from birth (the first starts at birth) and, for any period, twelve equal sub-periods
/// whose signs the system orders from the period's own sign.
/// </summary>
internal sealed class RasiDashaTree : IDashaTree
{
    private const int SubPeriodCount = 12;

    private readonly IReadOnlyList<DashaSpan> mahadashas;
    private readonly int[][] subPeriodSignsBySign;

    /// <param name="subPeriodSigns">The twelve signs of a period's sub-periods, in order, from the period's sign.</param>
    public RasiDashaTree(IReadOnlyList<DashaSpan> mahadashas, Func<int, int[]> subPeriodSigns)
    {
        this.mahadashas = mahadashas;
        subPeriodSignsBySign = [.. Enumerable.Range(0, 12).Select(subPeriodSigns)];
    }

    public double ElapsedYearsAtBirth => 0;

    public IEnumerable<DashaSpan> Mahadashas() => mahadashas;

    public IReadOnlyList<DashaSpan> SubPeriods(IReadOnlyList<DashaLord> path, double parentYears)
    {
        ArgumentNullException.ThrowIfNull(path);
        var sign = path[^1].Sign ?? throw new ArgumentException("A rasi dasha's periods are ruled by signs.", nameof(path));
        return [.. subPeriodSignsBySign[sign].Select(child => new DashaSpan(DashaLord.OfSign(child), parentYears / SubPeriodCount))];
    }
}
