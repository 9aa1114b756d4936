using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using Jyotishika.Engine.Ephemeris.Eclipses;

namespace Jyotishika.Engine.Native;

/// <summary>
/// Safe wrappers over <see cref="SwissEph"/> for use on one pool thread. An instance is handed to each job and must
/// not escape it: the native state it drives belongs to the thread that runs the job.
/// <para>
/// Its buffers are not zeroed (<see cref="SkipLocalsInitAttribute"/>): the library writes them before they are read, and
/// the JIT would zero them with 256/512-bit stores whose dirty upper register state then makes the library's legacy-SSE
/// code several times slower on Intel processors (the AVX–SSE transition penalty: a chart measured 5× slower).
/// </para>
/// </summary>
[SkipLocalsInit]
internal sealed unsafe class EphemerisSession
{
    /// <summary>International Standard Atmosphere at sea level, hPa and °C.</summary>
    internal const double StandardPressure = 1013.25;
    internal const double StandardTemperature = 15;

    internal void SetSiderealMode(int mode, double referenceJulianDay = 0, double ayanamshaAtReference = 0) =>
        SwissEph.SetSiderealMode(mode, referenceJulianDay, ayanamshaAtReference);

    /// <summary>Converts a UTC civil time to Julian days (TT, UT1); before 1972 the library reads the input as UT1.</summary>
    internal (double Terrestrial, double Universal) UtcToJulianDay(DateTime utc)
    {
        var seconds = utc.Second + (utc.Ticks % TimeSpan.TicksPerSecond) / (double)TimeSpan.TicksPerSecond;
        var result = stackalloc double[2];
        var error = stackalloc byte[SwissEph.ErrorBufferSize];
        error[0] = 0;
        var status = SwissEph.UtcToJulianDay(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, seconds, 1, result, error);
        if (status < 0)
        {
            throw new EphemerisException($"swe_utc_to_jd failed: {ReadError(error)}");
        }

        return (result[0], result[1]);
    }

    /// <summary>
    /// One body's six coordinates (longitude, latitude, distance and their speeds). Throws when the library answered
    /// from any ephemeris other than the Swiss Ephemeris files: its Moshier fallback is silent otherwise.
    /// </summary>
    internal BodyCoordinates Calculate(double julianDayUt, int body, int flags)
    {
        var xx = stackalloc double[6];
        var error = stackalloc byte[SwissEph.ErrorBufferSize];
        error[0] = 0;
        var returned = SwissEph.CalcUt(julianDayUt, body, flags, xx, error);
        if (returned < 0)
        {
            throw new EphemerisException($"swe_calc_ut({body}) failed: {ReadError(error)}");
        }

        if ((returned & SwissEph.EphemerisFlagsMask) != SwissEph.FlagSwissEphemeris)
        {
            throw new EphemerisRangeException(julianDayUt);
        }

        return new BodyCoordinates(xx[0], xx[1], xx[2], xx[3], xx[4], xx[5]);
    }

    /// <summary>
    /// <see cref="Calculate"/> at a Julian day in TT (swe_calc): what swe_calc_ut computes after adding ΔT, which lets the
    /// fast path sample bodies on the time scale their ephemeris segments are laid out in.
    /// </summary>
    internal BodyCoordinates CalculateTerrestrial(double julianDayTt, int body, int flags)
    {
        var xx = stackalloc double[6];
        var error = stackalloc byte[SwissEph.ErrorBufferSize];
        error[0] = 0;
        var returned = SwissEph.Calc(julianDayTt, body, flags, xx, error);
        if (returned < 0)
        {
            throw new EphemerisException($"swe_calc({body}) failed: {ReadError(error)}");
        }

        if (body >= 0 && (returned & SwissEph.EphemerisFlagsMask) != SwissEph.FlagSwissEphemeris)
        {
            throw new EphemerisRangeException(julianDayTt);
        }

        return new BodyCoordinates(xx[0], xx[1], xx[2], xx[3], xx[4], xx[5]);
    }

    /// <summary>ΔT = TT − UT in days, as swe_calc_ut and swe_utc_to_jd use it (tidal acceleration of the loaded files).</summary>
    internal double DeltaT(double julianDay)
    {
        var error = stackalloc byte[SwissEph.ErrorBufferSize];
        error[0] = 0;
        return SwissEph.DeltaT(julianDay, -1, error);
    }

    /// <summary>Apparent Greenwich sidereal time in hours at a Julian day (UT), as the house functions compute it.</summary>
    internal double SiderealTime(double julianDayUt) => SwissEph.SiderealTime(julianDayUt);

    /// <summary>The true ayanamsha (with nutation unless the flags remove it) for the current sidereal mode.</summary>
    internal double Ayanamsha(double julianDayUt, int flags)
    {
        double value;
        var error = stackalloc byte[SwissEph.ErrorBufferSize];
        error[0] = 0;
        var returned = SwissEph.GetAyanamshaExUt(julianDayUt, flags, &value, error);
        if (returned < 0)
        {
            throw new EphemerisException($"swe_get_ayanamsa_ex_ut failed: {ReadError(error)}");
        }

        return value;
    }

    /// <summary>The ayanamsha at a Julian day in TT; with <see cref="SwissEph.FlagNoNutation"/> the mean value.</summary>
    internal double AyanamshaAtTerrestrialTime(double julianDayTt, int flags)
    {
        double value;
        var error = stackalloc byte[SwissEph.ErrorBufferSize];
        error[0] = 0;
        var returned = SwissEph.GetAyanamshaEx(julianDayTt, flags, &value, error);
        if (returned < 0)
        {
            throw new EphemerisException($"swe_get_ayanamsa_ex failed: {ReadError(error)}");
        }

        return value;
    }

    /// <summary>
    /// House cusps (index 1..count) and angles (ascendant, MC, ARMC, vertex …). Returns false where the system has
    /// no solution at this latitude; the library then fills in Porphyry cusps, which callers must not serve.
    /// </summary>
    internal bool Houses(
        double julianDayUt, int flags, double latitude, double longitude, char system, Span<double> cusps, Span<double> angles)
    {
        var cuspSpeeds = stackalloc double[SwissEph.MaxHouseCusps];
        var angleSpeeds = stackalloc double[SwissEph.AngleCount];
        var error = stackalloc byte[SwissEph.ErrorBufferSize];
        error[0] = 0;
        fixed (double* cuspPointer = cusps)
        fixed (double* anglePointer = angles)
        {
            return SwissEph.HousesEx2(
                julianDayUt, flags, latitude, longitude, system, cuspPointer, anglePointer, cuspSpeeds, angleSpeeds, error) >= 0;
        }
    }

    /// <summary>
    /// The first rising or setting (per <paramref name="eventFlags"/>) of a body after a Julian day (UT), seen from
    /// sea level; null when the body is circumpolar there. Refraction uses the ISA standard atmosphere (1013.25 hPa,
    /// 15 °C), as swetest does: passing 0 would make the library assume 0 °C and move rise times by ~15 s.
    /// </summary>
    internal double? NextRiseOrSet(double julianDayUt, int body, int eventFlags, double latitude, double longitude)
    {
        var position = stackalloc double[3];
        AtSeaLevel(position, latitude, longitude);
        double time;
        var error = stackalloc byte[SwissEph.ErrorBufferSize];
        error[0] = 0;
        var status = SwissEph.RiseTrans(
            julianDayUt, body, null, SwissEph.FlagSwissEphemeris, eventFlags, position, StandardPressure, StandardTemperature, &time, error);
        if (status == SwissEph.Circumpolar)
        {
            return null;
        }

        if (status < 0)
        {
            throw new EphemerisException($"swe_rise_trans({body}) failed: {ReadError(error)}");
        }

        return time;
    }

    internal static string LibraryVersion()
    {
        var buffer = stackalloc byte[SwissEph.ErrorBufferSize];
        return Marshal.PtrToStringUTF8((nint)SwissEph.Version(buffer)) ?? "unknown";
    }

    /// <summary>The library's message, read no further than the buffer (it is not zeroed beforehand).</summary>
    private static string ReadError(byte* error)
    {
        var text = new ReadOnlySpan<byte>(error, SwissEph.ErrorBufferSize);
        var end = text.IndexOf((byte)0);
        return Encoding.UTF8.GetString(end < 0 ? text : text[..end]);
    }

    /// <summary>The next solar eclipse anywhere on Earth with its maximum after a Julian day (UT): swe_sol_eclipse_when_glob.</summary>
    internal NativeEclipse NextSolarEclipse(double julianDayUtStart)
    {
        var times = stackalloc double[SwissEph.EclipseArraySize];
        ClearEclipseArray(times);
        var error = stackalloc byte[SwissEph.ErrorBufferSize];
        error[0] = 0;
        var flags = SwissEph.SolarEclipseWhenGlobal(julianDayUtStart, SwissEph.FlagSwissEphemeris, 0, times, 0, error);
        return EclipseAnswer("swe_sol_eclipse_when_glob", flags, times, null, error);
    }

    /// <summary>
    /// Where a solar eclipse is greatest at a Julian day (UT) and its attributes there (magnitude, obscuration …):
    /// swe_sol_eclipse_where.
    /// </summary>
    internal NativeEclipse SolarEclipseWhere(double julianDayUt)
    {
        var position = stackalloc double[SwissEph.EclipseArraySize];
        var attributes = stackalloc double[SwissEph.EclipseArraySize];
        ClearEclipseArray(attributes);
        var error = stackalloc byte[SwissEph.ErrorBufferSize];
        error[0] = 0;
        var flags = SwissEph.SolarEclipseWhere(julianDayUt, SwissEph.FlagSwissEphemeris, position, attributes, error);
        return EclipseAnswer("swe_sol_eclipse_where", flags, null, attributes, error);
    }

    /// <summary>The next solar eclipse visible from a place (sea level) after a Julian day (UT): swe_sol_eclipse_when_loc.</summary>
    internal NativeEclipse NextLocalSolarEclipse(double julianDayUtStart, double latitude, double longitude)
    {
        var position = stackalloc double[3];
        AtSeaLevel(position, latitude, longitude);
        var times = stackalloc double[SwissEph.EclipseArraySize];
        ClearEclipseArray(times);
        var attributes = stackalloc double[SwissEph.EclipseArraySize];
        ClearEclipseArray(attributes);
        var error = stackalloc byte[SwissEph.ErrorBufferSize];
        error[0] = 0;
        var flags = SwissEph.SolarEclipseWhenLocal(
            julianDayUtStart, SwissEph.FlagSwissEphemeris, position, times, attributes, 0, error);
        return EclipseAnswer("swe_sol_eclipse_when_loc", flags, times, attributes, error);
    }

    /// <summary>A solar eclipse seen from a place (sea level) at a Julian day (UT): swe_sol_eclipse_how.</summary>
    internal NativeEclipse SolarEclipseHow(double julianDayUt, double latitude, double longitude)
    {
        var position = stackalloc double[3];
        AtSeaLevel(position, latitude, longitude);
        var attributes = stackalloc double[SwissEph.EclipseArraySize];
        ClearEclipseArray(attributes);
        var error = stackalloc byte[SwissEph.ErrorBufferSize];
        error[0] = 0;
        var flags = SwissEph.SolarEclipseHow(julianDayUt, SwissEph.FlagSwissEphemeris, position, attributes, error);
        return EclipseAnswer("swe_sol_eclipse_how", flags, null, attributes, error);
    }

    /// <summary>The next lunar eclipse with its maximum after a Julian day (UT): swe_lun_eclipse_when.</summary>
    internal NativeEclipse NextLunarEclipse(double julianDayUtStart)
    {
        var times = stackalloc double[SwissEph.EclipseArraySize];
        ClearEclipseArray(times);
        var error = stackalloc byte[SwissEph.ErrorBufferSize];
        error[0] = 0;
        var flags = SwissEph.LunarEclipseWhen(julianDayUtStart, SwissEph.FlagSwissEphemeris, 0, times, 0, error);
        return EclipseAnswer("swe_lun_eclipse_when", flags, times, null, error);
    }

    /// <summary>The next lunar eclipse visible from a place (sea level) after a Julian day (UT): swe_lun_eclipse_when_loc.</summary>
    internal NativeEclipse NextLocalLunarEclipse(double julianDayUtStart, double latitude, double longitude)
    {
        var position = stackalloc double[3];
        AtSeaLevel(position, latitude, longitude);
        var times = stackalloc double[SwissEph.EclipseArraySize];
        ClearEclipseArray(times);
        var attributes = stackalloc double[SwissEph.EclipseArraySize];
        ClearEclipseArray(attributes);
        var error = stackalloc byte[SwissEph.ErrorBufferSize];
        error[0] = 0;
        var flags = SwissEph.LunarEclipseWhenLocal(
            julianDayUtStart, SwissEph.FlagSwissEphemeris, position, times, attributes, 0, error);
        return EclipseAnswer("swe_lun_eclipse_when_loc", flags, times, attributes, error);
    }

    /// <summary>
    /// A lunar eclipse at a Julian day (UT), with the Moon's altitude from a place (sea level): swe_lun_eclipse_how. The
    /// magnitudes are geocentric; the place only sets the altitude.
    /// </summary>
    internal NativeEclipse LunarEclipseHow(double julianDayUt, double latitude, double longitude)
    {
        var position = stackalloc double[3];
        AtSeaLevel(position, latitude, longitude);
        var attributes = stackalloc double[SwissEph.EclipseArraySize];
        ClearEclipseArray(attributes);
        var error = stackalloc byte[SwissEph.ErrorBufferSize];
        error[0] = 0;
        var flags = SwissEph.LunarEclipseHow(julianDayUt, SwissEph.FlagSwissEphemeris, position, attributes, error);
        return EclipseAnswer("swe_lun_eclipse_how", flags, null, attributes, error);
    }

    /// <summary>
    /// Not every path of the eclipse functions writes every entry (swe_sol_eclipse_when_loc leaves sunrise and sunset
    /// alone when they do not occur), and these frames skip zero-initialisation: 0 must mean "absent". A scalar loop, so
    /// no wide stores dirty the vector registers (see the class remarks).
    /// </summary>
    /// <summary>The library's geographic position triple: longitude, latitude, height 0 (sea level).</summary>
    private static void AtSeaLevel(double* position, double latitude, double longitude)
    {
        position[0] = longitude;
        position[1] = latitude;
        position[2] = 0;
    }

    private static void ClearEclipseArray(double* buffer)
    {
        for (var i = 0; i < SwissEph.EclipseArraySize; i++)
        {
            buffer[i] = 0;
        }
    }

    /// <summary>
    /// Copies the entries an eclipse function writes out of this frame. The error buffer matters only on failure: on
    /// success it may hold routine notes from the functions' inner steps.
    /// </summary>
    private static NativeEclipse EclipseAnswer(string function, int flags, double* times, double* attributes, byte* error)
    {
        if (flags < 0)
        {
            throw new EphemerisException($"{function} failed: {ReadError(error)}");
        }

        return new NativeEclipse(
            flags,
            times == null ? [] : new ReadOnlySpan<double>(times, SwissEph.EclipseTimesWritten).ToArray(),
            attributes == null ? [] : new ReadOnlySpan<double>(attributes, SwissEph.EclipseAttributesWritten).ToArray());
    }
}

/// <summary>Raw ecliptic coordinates as the library returns them (degrees, AU, per day).</summary>
internal readonly record struct BodyCoordinates(
    double Longitude, double Latitude, double Distance, double LongitudeSpeed, double LatitudeSpeed, double DistanceSpeed);
