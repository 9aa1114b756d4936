using Jyotishika.Engine.Native;

namespace Jyotishika.Engine.Tests.Ephemeris;

/// <summary>
/// The independent reference for event instants: raw swe_calc_ut calls (Lahiri, apparent, Swiss Ephemeris files) and a
/// plain bisection, written here without any of the engine's search code, each search one job on a pool thread.
/// </summary>
internal static class NativeReference
{
    /// <summary>SE_SIDM_LAHIRI.</summary>
    private const int Lahiri = 1;

    private const int Flags = SwissEph.FlagSwissEphemeris | SwissEph.FlagSpeed | SwissEph.FlagSidereal;

    /// <summary>Bisection stops below a millisecond: far under the second the engine is held to.</summary>
    private const double Resolution = 0.001 / 86_400;

    /// <summary>Sidereal (Lahiri) longitude and speed of a library body at a Julian day (UT).</summary>
    public static Task<(double Longitude, double Speed)> StateAsync(int body, double julianDayUt) =>
        EphemerisTestPool.Pool.RunAsync(session =>
        {
            session.SetSiderealMode(Lahiri);
            var raw = session.Calculate(julianDayUt, body, Flags);
            return (raw.Longitude, raw.LongitudeSpeed);
        }, CancellationToken.None);

    /// <summary>
    /// The instant in [low, high] where <paramref name="function"/> of the raw (longitude, speed) of the bodies changes
    /// sign, by bisection; null when it has the same sign at both ends.
    /// </summary>
    public static Task<double?> BisectAsync(
        int[] bodies, Func<(double Longitude, double Speed)[], double> function, double low, double high) =>
        EphemerisTestPool.Pool.RunAsync(session =>
        {
            session.SetSiderealMode(Lahiri);
            double Value(double t) => function([.. bodies.Select(body => Raw(session, body, t))]);
            var lowSign = Value(low) >= 0;
            if (Value(high) >= 0 == lowSign)
            {
                return (double?)null;
            }

            while (high - low > Resolution)
            {
                var middle = (low + high) / 2;
                if (Value(middle) >= 0 == lowSign)
                {
                    low = middle;
                }
                else
                {
                    high = middle;
                }
            }

            return (low + high) / 2;
        }, CancellationToken.None);

    /// <summary>Samples one body at every step over [start, end) in one job.</summary>
    public static Task<(double Time, double Longitude, double Speed)[]> SampleAsync(int body, double start, double end, double step) =>
        EphemerisTestPool.Pool.RunAsync(session =>
        {
            session.SetSiderealMode(Lahiri);
            var count = (int)Math.Ceiling((end - start) / step);
            return Enumerable.Range(0, count).Select(i =>
            {
                var t = start + i * step;
                var raw = Raw(session, body, t);
                return (t, raw.Longitude, raw.Speed);
            }).ToArray();
        }, CancellationToken.None);

    /// <summary>An angle difference in (−180°, 180°].</summary>
    public static double Turn(double degrees)
    {
        var normalized = Degrees.Normalize(degrees);
        return normalized > 180 ? normalized - 360 : normalized;
    }

    private static (double Longitude, double Speed) Raw(EphemerisSession session, int body, double julianDayUt)
    {
        var raw = session.Calculate(julianDayUt, body, Flags);
        return (raw.Longitude, raw.LongitudeSpeed);
    }
}
