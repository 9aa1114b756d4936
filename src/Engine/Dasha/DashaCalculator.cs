namespace Jyotishika.Engine.Dasha;

/// <summary>
/// Builds dasha periods from the Moon's sidereal longitude at birth. Pure arithmetic: the tree is walked lazily in
/// time order, and subtrees outside the requested window are never generated, so six levels over 120 years can stream.
/// </summary>
public static class DashaCalculator
{
    /// <summary>Vimshottari and Ashtottari run one cycle from birth; Yogini's 36-year cycle repeats to cover as long.</summary>
    public const double CoveredYears = 120;

    public static DashaBirthBalance Balance(DashaScheme scheme, double moonLongitude, DateTime birthUtc, DashaYearLength yearLength)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        var (lordIndex, elapsed) = scheme.EntryAt(moonLongitude);
        var lord = scheme.Lords[lordIndex];
        var cycleStart = birthUtc - TimeSpan.FromDays(elapsed * lord.Years * yearLength.Days());
        return new DashaBirthBalance(lord, elapsed, (1 - elapsed) * lord.Years, cycleStart);
    }

    /// <summary>
    /// Every period down to <paramref name="depth"/> that overlaps [from, to), parents before their children, in time
    /// order. Periods keep their true start and end.
    /// </summary>
    public static IEnumerable<DashaPeriod> Periods(
        DashaScheme scheme, double moonLongitude, DateTime birthUtc, DashaYearLength yearLength, int depth, DateTime from, DateTime to)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentOutOfRangeException.ThrowIfLessThan(depth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(depth, DashaPeriod.MaxLevel);
        var (firstLord, elapsed) = scheme.EntryAt(moonLongitude);
        var yearDays = yearLength.Days();
        var coveredDays = CoveredYears * yearDays;

        // Offsets in days from birth keep full double precision through six levels of subdivision.
        var startDays = -elapsed * scheme.Lords[firstLord].Years * yearDays;
        var fromDays = (from - birthUtc).TotalDays;
        var toDays = (to - birthUtc).TotalDays;
        for (var i = 0; startDays < coveredDays; i++)
        {
            var lordIndex = (firstLord + i) % scheme.Lords.Count;
            var durationDays = scheme.Lords[lordIndex].Years * yearDays;
            foreach (var period in Walk(scheme, [lordIndex], startDays, durationDays, depth, fromDays, toDays, birthUtc))
            {
                yield return period;
            }

            startDays += durationDays;
        }
    }

    /// <summary>The period running at <paramref name="at"/> on each level, mahadasha first.</summary>
    public static IReadOnlyList<DashaPeriod> RunningAt(
        DashaScheme scheme, double moonLongitude, DateTime birthUtc, DashaYearLength yearLength, int depth, DateTime at) =>
        Periods(scheme, moonLongitude, birthUtc, yearLength, depth, at, at.AddTicks(1))
            .Where(p => p.Start <= at && at < p.End)
            .ToList();

    private static IEnumerable<DashaPeriod> Walk(
        DashaScheme scheme, int[] path, double startDays, double durationDays, int depth, double fromDays, double toDays, DateTime birthUtc)
    {
        var endDays = startDays + durationDays;
        if (endDays <= fromDays || startDays >= toDays)
        {
            yield break;
        }

        yield return new DashaPeriod(
            path.Length,
            path.Select(index => scheme.Lords[index]).ToArray(),
            birthUtc.AddTicks(ToTicks(startDays)),
            birthUtc.AddTicks(ToTicks(endDays)));
        if (path.Length == depth)
        {
            yield break;
        }

        var parent = path[^1];
        var childStart = startDays;
        for (var i = 0; i < scheme.Lords.Count; i++)
        {
            var child = (parent + i) % scheme.Lords.Count;
            // The last child ends exactly where the parent ends, whatever the rounding of the shares before it.
            var childDays = i == scheme.Lords.Count - 1
                ? endDays - childStart
                : durationDays * scheme.Lords[child].Years / scheme.TotalYears;
            foreach (var period in Walk(scheme, [.. path, child], childStart, childDays, depth, fromDays, toDays, birthUtc))
            {
                yield return period;
            }

            childStart += childDays;
        }
    }

    private static long ToTicks(double days) => (long)Math.Round(days * TimeSpan.TicksPerDay);
}
