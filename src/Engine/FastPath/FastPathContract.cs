namespace Jyotishika.Engine.FastPath;

/// <summary>
/// What the fast path promises against the native library, measured (not assumed) by the contract tests over a million
/// random instants per body. Anything it cannot answer within these bounds it leaves to the library.
/// </summary>
public static class FastPathContract
{
    /// <summary>Largest difference in sidereal longitude (and in ascendant, MC and cusps), arc seconds.</summary>
    public const double LongitudeArcSeconds = 0.001;

    /// <summary>Largest difference in speed in longitude, arc seconds per day.</summary>
    public const double SpeedArcSecondsPerDay = 0.01;

    /// <summary>Largest difference in ecliptic latitude, arc seconds.</summary>
    public const double LatitudeArcSeconds = 0.001;

    /// <summary>Largest relative difference in distance.</summary>
    public const double RelativeDistance = 1e-7;

    /// <summary>Largest difference in the Julian day (UT) of a UTC instant, days (≈ 1 µs).</summary>
    public const double JulianDay = 1e-11;
}
