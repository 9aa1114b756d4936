using Jyotishika.Engine.Dasha;

namespace Jyotishika.Engine.Tajaka;

/// <summary>
/// Mudda dasha (varsha Vimshottari, PVR §30.3): Vimshottari's 120 years compressed into one year of life. The first lord
/// is the natal Moon's star lord advanced one place in the Vimshottari order for each completed year, and the balance is
/// the share of the natal Moon's star still to run, so the first period began before the year did (as in PyJHora's
/// <c>mudda.py</c>, whose first period starts that share before the year). Antardashas divide a period as in Vimshottari.
/// </summary>
public static class MuddaDasha
{
    /// <summary>Mahadashas (level 1) and, for <paramref name="depth"/> 2, each followed by its antardashas (level 2).</summary>
    public static IReadOnlyList<DashaPeriod> Periods(
        double natalMoonLongitude, int completedYears, DateTime yearStartUtc, double yearDays, int depth = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(completedYears);
        ArgumentOutOfRangeException.ThrowIfLessThan(depth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(depth, 2);
        var scheme = DashaScheme.Vimshottari;
        var (natalLord, elapsed) = scheme.EntryAt(natalMoonLongitude);
        var first = (natalLord + completedYears) % scheme.Lords.Count;
        var daysPerYear = yearDays / scheme.TotalYears;
        var start = yearStartUtc.AddDays(-elapsed * scheme.Lords[first].Years * daysPerYear);

        var periods = new List<DashaPeriod>();
        for (var i = 0; i < scheme.Lords.Count; i++)
        {
            var lord = scheme.Lords[(first + i) % scheme.Lords.Count];
            var days = lord.Years * daysPerYear;
            var end = start.AddDays(days);
            periods.Add(new DashaPeriod(1, [lord], start, end));
            if (depth == 2)
            {
                var subStart = start;
                for (var j = 0; j < scheme.Lords.Count; j++)
                {
                    var sub = scheme.Lords[(first + i + j) % scheme.Lords.Count];
                    var subEnd = j == scheme.Lords.Count - 1 ? end : subStart.AddDays(days * sub.Years / scheme.TotalYears);
                    periods.Add(new DashaPeriod(2, [lord, sub], subStart, subEnd));
                    subStart = subEnd;
                }
            }

            start = end;
        }

        return periods;
    }
}
