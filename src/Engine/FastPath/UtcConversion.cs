using Jyotishika.Engine.Native;

namespace Jyotishika.Engine.FastPath;

/// <summary>
/// UTC → Julian day (UT1) in managed code, reproducing swe_utc_to_jd (swedate.c) operation for operation: before 1972
/// the civil time is read as UT1; from 1972 TT = UTC + 32.184 s + leap seconds and UT1 = TT − ΔT(UT1) (two fixed-point
/// steps, as the library takes them); and where the library judges its leap-second table stale (ΔT − leaps − 32.184 s
/// ≥ 1 s) it reads the input as UT1 again. The per-day leap-second state is read from the library when the tables are
/// built, so a <c>seleapsec.txt</c> beside the ephemeris files is honoured exactly as the library honours it.
/// </summary>
internal sealed class UtcConversion
{
    /// <summary>1972-01-01 00:00 UT, where UTC with leap seconds starts.</summary>
    internal const double J1972 = 2441317.5;

    /// <summary>Leap seconds (TAI − UTC) on 1972-01-01.</summary>
    private const int InitialLeapSeconds = 10;

    /// <summary>State meaning "the library reads this day's input as UT1" (its leap-second table has run out).</summary>
    internal const int ReadAsUniversal = -1;

    /// <summary>State of a day whose conversion could not be reproduced: left to the library.</summary>
    internal const int Unknown = -2;

    private readonly int[] runStarts;
    private readonly int[] runStates;

    /// <param name="runStarts">Day numbers (days since 1972-01-01) where a run of equal state starts, ascending, first 0.</param>
    /// <param name="runStates">Leap seconds in force, or <see cref="ReadAsUniversal"/>, per run.</param>
    internal UtcConversion(int[] runStarts, int[] runStates)
    {
        if (runStarts.Length == 0 || runStarts.Length != runStates.Length || runStarts[0] != 0)
        {
            throw new ArgumentException("Leap-second runs must start on 1972-01-01.", nameof(runStarts));
        }

        this.runStarts = runStarts;
        this.runStates = runStates;
    }

    internal ReadOnlySpan<int> RunStarts => runStarts;

    internal ReadOnlySpan<int> RunStates => runStates;

    /// <summary>swe_julday for the Gregorian calendar, with the library's exact floating-point steps.</summary>
    internal static double JulianDay(int year, int month, int day, double hour)
    {
        double u = year;
        if (month < 3)
        {
            u -= 1;
        }

        var u0 = u + 4712.0;
        var u1 = month + 1.0;
        if (u1 < 4)
        {
            u1 += 12.0;
        }

        var jd = Math.Floor(u0 * 365.25) + Math.Floor(30.6 * u1 + 0.000001) + day + hour / 24.0 - 63.5;
        var u2 = Math.Floor(Math.Abs(u) / 100) - Math.Floor(Math.Abs(u) / 400);
        if (u < 0.0)
        {
            u2 = -u2;
        }

        jd = jd - u2 + 2;
        if (u < 0.0 && u / 100 == Math.Floor(u / 100) && u / 400 != Math.Floor(u / 400))
        {
            jd -= 1;
        }

        return jd;
    }

    /// <summary>The seconds field as the engine hands it to the library: whole seconds plus the tick fraction.</summary>
    internal static double Seconds(DateTime utc) =>
        utc.Second + (utc.Ticks % TimeSpan.TicksPerSecond) / (double)TimeSpan.TicksPerSecond;

    /// <summary>
    /// Julian day UT1 for a UTC instant; false only where ΔT is needed and the ΔT series has a hole (a few seconds at
    /// each of the library's ΔT jumps), in which case the caller asks the library.
    /// </summary>
    internal bool TryUniversal(DateTime utc, ChebyshevSeries deltaT, out double julianDayUt)
    {
        var seconds = Seconds(utc);
        var dayStart = JulianDay(utc.Year, utc.Month, utc.Day, 0);
        var hour = (double)utc.Hour + utc.Minute / 60.0 + seconds / 3600.0;
        if (dayStart < J1972)
        {
            julianDayUt = JulianDay(utc.Year, utc.Month, utc.Day, hour);
            return true;
        }

        var state = StateOn((int)(dayStart - J1972));
        if (state == Unknown)
        {
            julianDayUt = double.NaN;
            return false;
        }

        if (state == ReadAsUniversal)
        {
            julianDayUt = dayStart + hour / 24.0;
            return true;
        }

        var d = dayStart - J1972;
        d += utc.Hour / 24.0 + utc.Minute / 1440.0 + seconds / 86400.0;
        var terrestrial1972 = J1972 + (32.184 + InitialLeapSeconds) / 86400.0;
        var terrestrial = terrestrial1972 + d + (state - InitialLeapSeconds) / 86400.0;
        julianDayUt = double.NaN;
        if (!TryDeltaT(deltaT, terrestrial, out var first)
            || !TryDeltaT(deltaT, terrestrial - first, out var second))
        {
            return false;
        }

        var universal = terrestrial - second;
        if (!TryDeltaT(deltaT, universal, out var third))
        {
            return false;
        }

        julianDayUt = terrestrial - third;
        return true;
    }

    /// <summary>ΔT in days from the fitted series (which holds seconds).</summary>
    internal static bool TryDeltaT(ChebyshevSeries deltaT, double julianDay, out double days)
    {
        var segment = deltaT.Find(julianDay);
        if (segment < 0)
        {
            days = double.NaN;
            return false;
        }

        days = EvaluateLane0(deltaT, segment, julianDay) / 86_400.0;
        return true;
    }

    private static double EvaluateLane0(ChebyshevSeries series, int segment, double t) =>
        ChebyshevKernel.EvaluateLane(ref series.SegmentCoefficients(segment), series.Count, series.Normalized(segment, t), 0);

    private int StateOn(int day)
    {
        var index = Array.BinarySearch(runStarts, day);
        return runStates[index >= 0 ? index : ~index - 1];
    }

    /// <summary>
    /// Reads the library's per-day state from 1972 to the end of the supported range. The leap-second count in force is
    /// seen in the TT the library returns on days it treats as UTC (it only ever grows by one); which days it treats as
    /// UT1 follows its own rule, ΔT(0h) − leaps − 32.184 s ≥ 1 s. Each day's state is then checked against the library's
    /// answer at noon; a day that does not reproduce it exactly is left to the library.
    /// </summary>
    internal static UtcConversion Probe(EphemerisSession session)
    {
        var starts = new List<int>();
        var states = new List<int>();
        var last = SupportedRange.EndInstant.Date;
        var leaps = InitialLeapSeconds;
        var dayNumber = 0;
        for (var date = new DateTime(1972, 1, 1, 12, 0, 0, DateTimeKind.Utc); date < last; date = date.AddDays(1), dayNumber++)
        {
            var (terrestrial, universal) = session.UtcToJulianDay(date);
            var dayStart = JulianDay(date.Year, date.Month, date.Day, 0);
            var d = dayStart - J1972 + 12 / 24.0;
            var candidate = InitialLeapSeconds + (int)Math.Round((Terrestrial(d, InitialLeapSeconds) - terrestrial) * -86400.0);
            if ((candidate == leaps || candidate == leaps + 1) && Terrestrial(d, candidate) == terrestrial)
            {
                leaps = candidate;
            }

            var state = session.DeltaT(dayStart) * 86400.0 - leaps - 32.184 >= 1.0 ? ReadAsUniversal : leaps;
            var expected = state == ReadAsUniversal
                ? dayStart + 12.0 / 24.0
                : Universal(session, Terrestrial(d, state));
            if (expected != universal)
            {
                state = Unknown;
            }

            if (states.Count == 0 || states[^1] != state)
            {
                starts.Add(dayNumber);
                states.Add(state);
            }
        }

        return new UtcConversion(starts.ToArray(), states.ToArray());
    }

    /// <summary>swe_utc_to_jd's TT for days since 1972 (time of day included) and a leap-second count.</summary>
    private static double Terrestrial(double days, int leaps) =>
        J1972 + (32.184 + InitialLeapSeconds) / 86400.0 + days + (leaps - InitialLeapSeconds) / 86400.0;

    /// <summary>swe_utc_to_jd's UT1 from TT, with the library's own ΔT.</summary>
    private static double Universal(EphemerisSession session, double terrestrial)
    {
        var first = session.DeltaT(terrestrial);
        var universal = terrestrial - session.DeltaT(terrestrial - first);
        return terrestrial - session.DeltaT(universal);
    }
}
