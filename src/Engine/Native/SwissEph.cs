using System.Runtime.InteropServices;

namespace Jyotishika.Engine.Native;

/// <summary>
/// The P/Invoke surface of Debian's <c>libswe.so.2</c> and nothing else. Every function here acts on the calling
/// OS thread's own library state (the Debian build uses thread-local storage), so only pool threads call them.
/// </summary>
internal static unsafe partial class SwissEph
{
    private const string Library = "libswe.so.2";

    /// <summary>Size the library expects for its error-message buffers.</summary>
    /// <summary>swe_houses_ex2's cusp array: index 1..12 for most systems, 1..36 for Gauquelin sectors (cusp[37]).</summary>
    internal const int MaxHouseCusps = 37;

    /// <summary>
    /// swe_houses_ex2's angle array (ascmc[10]): ascendant, MC, ARMC, vertex, equatorial ascendant, co-ascendants, polar
    /// ascendant.
    /// </summary>
    internal const int AngleCount = 10;

    internal const int ErrorBufferSize = 256;

    internal const int FlagJplEphemeris = 1;
    internal const int FlagSwissEphemeris = 2;
    internal const int FlagMoshierEphemeris = 4;
    internal const int EphemerisFlagsMask = FlagJplEphemeris | FlagSwissEphemeris | FlagMoshierEphemeris;
    internal const int FlagTruePosition = 16;
    internal const int FlagNoNutation = 64;
    internal const int FlagSpeed = 256;
    internal const int FlagNoDeflection = 512;
    internal const int FlagSidereal = 64 * 1024;

    internal const int SiderealModeUser = 255;

    internal const int BodySun = 0;
    internal const int BodyMoon = 1;
    internal const int BodyMercury = 2;
    internal const int BodyVenus = 3;
    internal const int BodyMars = 4;
    internal const int BodyJupiter = 5;
    internal const int BodySaturn = 6;
    internal const int BodyUranus = 7;
    internal const int BodyNeptune = 8;
    internal const int BodyPluto = 9;
    internal const int BodyMeanNode = 10;
    internal const int BodyTrueNode = 11;

    /// <summary>Pseudo-body of swe_calc: true and mean obliquity, nutation in longitude and obliquity (degrees).</summary>
    internal const int BodyNutation = -1;

    [LibraryImport(Library, EntryPoint = "swe_set_ephe_path", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void SetEphePath(string path);

    [LibraryImport(Library, EntryPoint = "swe_close")]
    internal static partial void Close();

    [LibraryImport(Library, EntryPoint = "swe_set_sid_mode")]
    internal static partial void SetSiderealMode(int siderealMode, double referenceJulianDay, double ayanamshaAtReference);

    [LibraryImport(Library, EntryPoint = "swe_calc_ut")]
    internal static partial int CalcUt(double julianDayUt, int body, int flags, double* result, byte* error);

    [LibraryImport(Library, EntryPoint = "swe_calc")]
    internal static partial int Calc(double julianDayTt, int body, int flags, double* result, byte* error);

    [LibraryImport(Library, EntryPoint = "swe_deltat_ex")]
    internal static partial double DeltaT(double julianDay, int ephemerisFlags, byte* error);

    [LibraryImport(Library, EntryPoint = "swe_sidtime")]
    internal static partial double SiderealTime(double julianDayUt);

    [LibraryImport(Library, EntryPoint = "swe_houses_ex2")]
    internal static partial int HousesEx2(
        double julianDayUt, int flags, double latitude, double longitude, int houseSystem,
        double* cusps, double* angles, double* cuspSpeeds, double* angleSpeeds, byte* error);

    [LibraryImport(Library, EntryPoint = "swe_get_ayanamsa_ex_ut")]
    internal static partial int GetAyanamshaExUt(double julianDayUt, int flags, double* ayanamsha, byte* error);

    [LibraryImport(Library, EntryPoint = "swe_get_ayanamsa_ex")]
    internal static partial int GetAyanamshaEx(double julianDayTt, int flags, double* ayanamsha, byte* error);

    [LibraryImport(Library, EntryPoint = "swe_utc_to_jd")]
    internal static partial int UtcToJulianDay(
        int year, int month, int day, int hour, int minute, double second, int gregorian, double* result, byte* error);

    internal const int CalcRise = 1;
    internal const int CalcSet = 2;

    /// <summary>Disc centre, no refraction, geocentric ignoring ecliptic latitude: the library's "Hindu rising".</summary>
    internal const int HinduRising = 256 | 512 | 128;

    /// <summary>swe_rise_trans: the body is circumpolar (never rises or sets) around this date.</summary>
    internal const int Circumpolar = -2;

    [LibraryImport(Library, EntryPoint = "swe_rise_trans")]
    internal static partial int RiseTrans(
        double julianDayUt, int body, byte* starName, int ephemerisFlags, int eventFlags,
        double* geographicPosition, double pressure, double temperature, double* eventTime, byte* error);

    [LibraryImport(Library, EntryPoint = "swe_version")]
    internal static partial byte* Version(byte* buffer);

    /// <summary>
    /// Size of the tret and attr arrays of the eclipse functions: the manual asks for at least 10 and 20 (swecl.c's
    /// comments "declare as tret[10] / attr[20] at least"); both get 20.
    /// </summary>
    internal const int EclipseArraySize = 20;

    /// <summary>tret entries the eclipse functions use: tret[0..9], 0 where an instant does not occur.</summary>
    internal const int EclipseTimesWritten = 10;

    /// <summary>attr entries the eclipse functions set: attr[0..10], the last two being the saros series and member.</summary>
    internal const int EclipseAttributesWritten = 11;

    // Eclipse type and visibility bits (swephexp.h, SE_ECL_*).
    internal const int EclipseCentral = 1;
    internal const int EclipseNonCentral = 2;
    internal const int EclipseTotal = 4;
    internal const int EclipseAnnular = 8;
    internal const int EclipsePartial = 16;
    internal const int EclipseAnnularTotal = 32;
    internal const int EclipsePenumbral = 64;
    internal const int EclipseVisible = 128;
    internal const int EclipseMaximumVisible = 256;
    internal const int EclipseFirstContactVisible = 512;
    internal const int EclipseSecondContactVisible = 1024;
    internal const int EclipseThirdContactVisible = 2048;
    internal const int EclipseFourthContactVisible = 4096;
    internal const int EclipsePenumbralBeginVisible = 8192;
    internal const int EclipsePenumbralEndVisible = 16384;

    [LibraryImport(Library, EntryPoint = "swe_sol_eclipse_when_glob")]
    internal static partial int SolarEclipseWhenGlobal(
        double julianDayUtStart, int flags, int eclipseType, double* times, int backward, byte* error);

    [LibraryImport(Library, EntryPoint = "swe_sol_eclipse_where")]
    internal static partial int SolarEclipseWhere(
        double julianDayUt, int flags, double* geographicPosition, double* attributes, byte* error);

    [LibraryImport(Library, EntryPoint = "swe_sol_eclipse_when_loc")]
    internal static partial int SolarEclipseWhenLocal(
        double julianDayUtStart, int flags, double* geographicPosition, double* times, double* attributes, int backward, byte* error);

    [LibraryImport(Library, EntryPoint = "swe_sol_eclipse_how")]
    internal static partial int SolarEclipseHow(double julianDayUt, int flags, double* geographicPosition, double* attributes, byte* error);

    [LibraryImport(Library, EntryPoint = "swe_lun_eclipse_when")]
    internal static partial int LunarEclipseWhen(
        double julianDayUtStart, int flags, int eclipseType, double* times, int backward, byte* error);

    [LibraryImport(Library, EntryPoint = "swe_lun_eclipse_when_loc")]
    internal static partial int LunarEclipseWhenLocal(
        double julianDayUtStart, int flags, double* geographicPosition, double* times, double* attributes, int backward, byte* error);

    [LibraryImport(Library, EntryPoint = "swe_lun_eclipse_how")]
    internal static partial int LunarEclipseHow(double julianDayUt, int flags, double* geographicPosition, double* attributes, byte* error);
}
