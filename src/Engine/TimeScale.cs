using Jyotishika.Engine.FastPath;

namespace Jyotishika.Engine;

/// <summary>How a civil UTC instant becomes the Julian day in UT that the ephemeris reads.</summary>
public enum TimeScale
{
    /// <summary>
    /// UT1, as the Swiss Ephemeris' swe_utc_to_jd gives it: from 1972 through the leap seconds and ΔT (before 1972 the
    /// civil time is read as UT1). The astronomically right instant.
    /// </summary>
    Ut1 = 1,

    /// <summary>
    /// The civil UTC read directly as UT (swe_julday of the date and time), as Jagannatha Hora, PyJHora and most astrology
    /// software do. It differs from UT1 by under a second (UT1 − UTC), which a dasha magnifies to minutes.
    /// </summary>
    UtcAsUt = 2,
}

/// <summary>The Julian day (UT) of a UTC instant under <see cref="TimeScale.UtcAsUt"/>.</summary>
public static class TimeScales
{
    /// <summary>swe_julday of the instant's Gregorian date and fractional hour, with the library's floating-point steps.</summary>
    public static double UtcReadAsUniversal(DateTime utc)
    {
        var hour = utc.TimeOfDay.Ticks / (double)TimeSpan.TicksPerHour;
        return UtcConversion.JulianDay(utc.Year, utc.Month, utc.Day, hour);
    }
}
