using Jyotishika.Engine;
using Jyotishika.Engine.Native;

namespace Jyotishika.Benchmarks;

/// <summary>
/// The baseline: the exact native calls <c>ChartCalculator.Compute</c> makes for a default-settings chart, made
/// straight through the P/Invoke surface with no managed chart model around them. The caller's thread must have set
/// the ephemeris path (the library's state is per OS thread).
/// </summary>
internal static unsafe class RawChart
{
    /// <summary>SWIEPH | SPEED | SIDEREAL, the engine's flags for apparent positions.</summary>
    internal const int BodyFlags = SwissEph.FlagSwissEphemeris | SwissEph.FlagSpeed | SwissEph.FlagSidereal;

    /// <summary>The engine asks for the ayanamsha with the body flags minus SPEED and SIDEREAL.</summary>
    internal const int AyanamshaFlags = BodyFlags & ~(SwissEph.FlagSpeed | SwissEph.FlagSidereal);

    internal const int LahiriMode = 1;

    internal const char WholeSign = 'W';

    /// <summary>Sun, Moon, Mars, Mercury, Jupiter, Venus, Saturn and the mean node, in the engine's order.</summary>
    internal static ReadOnlySpan<int> Bodies =>
    [
        SwissEph.BodySun, SwissEph.BodyMoon, SwissEph.BodyMars, SwissEph.BodyMercury,
        SwissEph.BodyJupiter, SwissEph.BodyVenus, SwissEph.BodySaturn, SwissEph.BodyMeanNode,
    ];

    /// <summary>
    /// One chart's native work: swe_utc_to_jd, swe_set_sid_mode, 8 × swe_calc_ut, swe_get_ayanamsa_ex_ut and
    /// swe_houses_ex2. Returns the raw values a chart is built from, so nothing can be optimised away.
    /// </summary>
    internal static RawResult Compute(ChartInput input)
    {
        var utc = input.UtcInstant;
        var seconds = utc.Second + (utc.Ticks % TimeSpan.TicksPerSecond) / (double)TimeSpan.TicksPerSecond;
        var julianDays = stackalloc double[2];
        var error = stackalloc byte[SwissEph.ErrorBufferSize];
        if (SwissEph.UtcToJulianDay(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, seconds, 1, julianDays, error) < 0)
        {
            throw new InvalidOperationException("swe_utc_to_jd failed");
        }

        var julianDayUt = julianDays[1];
        SwissEph.SetSiderealMode(LahiriMode, 0, 0);

        var coordinates = stackalloc double[6];
        var longitudes = new RawLongitudes();
        var bodies = Bodies;
        for (var i = 0; i < bodies.Length; i++)
        {
            var returned = SwissEph.CalcUt(julianDayUt, bodies[i], BodyFlags, coordinates, error);
            if (returned < 0 || (returned & SwissEph.EphemerisFlagsMask) != SwissEph.FlagSwissEphemeris)
            {
                throw new InvalidOperationException($"swe_calc_ut({bodies[i]}) did not answer from the Swiss Ephemeris files");
            }

            longitudes[i] = coordinates[0];
        }

        double ayanamsha;
        if (SwissEph.GetAyanamshaExUt(julianDayUt, AyanamshaFlags, &ayanamsha, error) < 0)
        {
            throw new InvalidOperationException("swe_get_ayanamsa_ex_ut failed");
        }

        var cusps = stackalloc double[37];
        var angles = stackalloc double[10];
        var cuspSpeeds = stackalloc double[37];
        var angleSpeeds = stackalloc double[10];
        if (SwissEph.HousesEx2(
                julianDayUt, SwissEph.FlagSidereal, input.Latitude, input.Longitude, WholeSign,
                cusps, angles, cuspSpeeds, angleSpeeds, error) < 0)
        {
            throw new InvalidOperationException("swe_houses_ex2 failed");
        }

        return new RawResult(julianDayUt, longitudes, ayanamsha, angles[0], angles[1]);
    }
}

/// <summary>Sidereal longitudes of the eight computed bodies (the engine derives Ketu from the node).</summary>
[System.Runtime.CompilerServices.InlineArray(8)]
internal struct RawLongitudes
{
    private double element;
}

internal readonly record struct RawResult(
    double JulianDayUt, RawLongitudes Longitudes, double Ayanamsha, double Ascendant, double Midheaven);
