namespace Jyotishika.Engine.Ephemeris;

/// <summary>Julian days (UT1) back to the UTC instants whose charts are computed at them.</summary>
internal static class UtcInstants
{
    private const double J2000 = 2451545.0;

    private static readonly DateTime J2000Utc = new(2000, 1, 1, 12, 0, 0, DateTimeKind.Utc);

    /// <summary>
    /// The UTC instant <c>t</c> with <see cref="IBodyStates.JulianDayUt"/>(t) = <paramref name="julianDayUt"/>. UT1 − UTC
    /// is the leap-second count against the library's ΔT: under a second until 2023, tens of seconds in later centuries
    /// where ΔT is extrapolated. It drifts by far less than a millisecond per second, so one correction of the naive
    /// reading is exact to the tick and a second one is a guard.
    /// </summary>
    internal static DateTime FromJulianDayUt(IBodyStates states, double julianDayUt)
    {
        var utc = J2000Utc.AddTicks(Ticks(julianDayUt - J2000));
        for (var i = 0; i < 2; i++)
        {
            utc = utc.AddTicks(Ticks(julianDayUt - states.JulianDayUt(utc)));
        }

        return utc;
    }

    internal static long Ticks(double days) => (long)Math.Round(days * TimeSpan.TicksPerDay);
}
