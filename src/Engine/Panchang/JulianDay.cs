namespace Jyotishika.Engine.Panchang;

/// <summary>
/// Julian day ↔ DateTime by plain arithmetic. The panchang works in UT throughout; ignoring leap seconds and UT1 − UTC
/// (under 0.9 s) keeps instants identical to what the library and swetest print as UT.
/// </summary>
internal static class JulianDay
{
    private const double J2000 = 2451545.0;
    private static readonly DateTime J2000Instant = new(2000, 1, 1, 12, 0, 0, DateTimeKind.Utc);

    internal static DateTime ToUtc(double julianDay) =>
        J2000Instant.AddTicks((long)Math.Round((julianDay - J2000) * TimeSpan.TicksPerDay));

    internal static double FromUtc(DateTime utc) => J2000 + (utc - J2000Instant).Ticks / (double)TimeSpan.TicksPerDay;
}
