namespace Jyotishika.Engine.Dasha;

/// <summary>
/// Places a dasha tree in time from the birth instant. Pure arithmetic: the tree is walked lazily in time order, and
/// subtrees outside the requested window are never generated, so six levels over 120 years can stream.
/// </summary>
public static class DashaCalculator
{
    /// <summary>Periods are given from birth to 120 years; shorter cycles (Yogini's 36 years …) repeat to cover as long.</summary>
    public const double CoveredYears = 120;

    public static DashaBirthBalance Balance(DashaScheme scheme, double moonLongitude, DateTime birthUtc, DashaYearLength yearLength)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        return Balance(scheme.At(moonLongitude), birthUtc, yearLength.Days());
    }

    public static DashaBirthBalance Balance(IDashaTree tree, DateTime birthUtc, DashaYearLength yearLength) =>
        Balance(tree, birthUtc, yearLength.Days());

    /// <summary>The mahadasha running at birth, how much of it had run, and when it began.</summary>
    public static DashaBirthBalance Balance(IDashaTree tree, DateTime birthUtc, double yearDays)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var first = tree.Mahadashas().First(mahadasha => mahadasha.Years > 0 || tree.ElapsedYearsAtBirth > 0);
        var elapsedYears = tree.ElapsedYearsAtBirth;
        var fraction = first.Years > 0 ? elapsedYears / first.Years : 0;
        var cycleStart = birthUtc - TimeSpan.FromDays(elapsedYears * yearDays);
        return new DashaBirthBalance(first.Lord, fraction, first.Years - elapsedYears, cycleStart);
    }

    public static IEnumerable<DashaPeriod> Periods(
        DashaScheme scheme, double moonLongitude, DateTime birthUtc, DashaYearLength yearLength, int depth, DateTime from, DateTime to)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        return Periods(scheme.At(moonLongitude), birthUtc, yearLength.Days(), depth, from, to);
    }

    public static IEnumerable<DashaPeriod> Periods(
        IDashaTree tree, DateTime birthUtc, DashaYearLength yearLength, int depth, DateTime from, DateTime to) =>
        Periods(tree, birthUtc, yearLength.Days(), depth, from, to);

    /// <summary>
    /// Every period down to <paramref name="depth"/> that overlaps [from, to), parents before their children, in time
    /// order. Periods keep their true start and end.
    /// </summary>
    public static IEnumerable<DashaPeriod> Periods(
        IDashaTree tree, DateTime birthUtc, double yearDays, int depth, DateTime from, DateTime to)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentOutOfRangeException.ThrowIfLessThan(depth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(depth, DashaPeriod.MaxLevel);
        return PeriodsIterator(tree, birthUtc, new Window(yearDays, depth, (from - birthUtc).TotalDays, (to - birthUtc).TotalDays, birthUtc));
    }

    public static IReadOnlyList<DashaPeriod> RunningAt(
        DashaScheme scheme, double moonLongitude, DateTime birthUtc, DashaYearLength yearLength, int depth, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        return RunningAt(scheme.At(moonLongitude), birthUtc, yearLength.Days(), depth, at);
    }

    public static IReadOnlyList<DashaPeriod> RunningAt(IDashaTree tree, DateTime birthUtc, DashaYearLength yearLength, int depth, DateTime at) =>
        RunningAt(tree, birthUtc, yearLength.Days(), depth, at);

    /// <summary>The period running at <paramref name="at"/> on each level, mahadasha first.</summary>
    public static IReadOnlyList<DashaPeriod> RunningAt(IDashaTree tree, DateTime birthUtc, double yearDays, int depth, DateTime at) =>
        Periods(tree, birthUtc, yearDays, depth, at, at.AddTicks(1))
            .Where(p => p.Start <= at && at < p.End)
            .ToList();

    private static IEnumerable<DashaPeriod> PeriodsIterator(IDashaTree tree, DateTime birthUtc, Window window)
    {
        var coveredDays = CoveredYears * window.YearDays;

        // Offsets in days from birth keep full double precision through six levels of subdivision.
        var startDays = -tree.ElapsedYearsAtBirth * window.YearDays;
        var ordinal = 0;
        foreach (var mahadasha in tree.Mahadashas())
        {
            if (startDays >= coveredDays)
            {
                yield break;
            }

            var durationDays = mahadasha.Years * window.YearDays;
            foreach (var period in Walk(tree, [mahadasha.Lord], [ordinal], startDays, durationDays, window))
            {
                yield return period;
            }

            startDays += durationDays;
            ordinal++;
        }
    }

    private static IEnumerable<DashaPeriod> Walk(
        IDashaTree tree, DashaLord[] path, int[] ordinals, double startDays, double durationDays, Window window)
    {
        var endDays = startDays + durationDays;
        if (endDays <= window.FromDays || startDays >= window.ToDays || durationDays <= 0)
        {
            yield break;
        }

        yield return new DashaPeriod(
            path.Length, path, window.Birth.AddTicks(ToTicks(startDays)), window.Birth.AddTicks(ToTicks(endDays)));
        if (path.Length == window.Depth)
        {
            yield break;
        }

        var children = tree.SubPeriods(path, ordinals, durationDays / window.YearDays);
        var childStart = startDays;
        for (var i = 0; i < children.Count; i++)
        {
            // The last child ends exactly where the parent ends, whatever the rounding of the shares before it.
            var childDays = i == children.Count - 1 ? endDays - childStart : children[i].Years * window.YearDays;
            foreach (var period in Walk(tree, [.. path, children[i].Lord], [.. ordinals, i], childStart, childDays, window))
            {
                yield return period;
            }

            childStart += childDays;
        }
    }

    private static long ToTicks(double days) => (long)Math.Round(days * TimeSpan.TicksPerDay);

    private readonly record struct Window(double YearDays, int Depth, double FromDays, double ToDays, DateTime Birth);
}
