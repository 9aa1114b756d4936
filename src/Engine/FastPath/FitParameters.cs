using Jyotishika.Engine.Native;

namespace Jyotishika.Engine.FastPath;

/// <summary>
/// Segment lengths, degrees and tolerances per series, chosen from measurements against the native library (see
/// docs in FastEphemeris). Any change here changes the cache key and rebuilds the tables.
/// </summary>
internal static class FitParameters
{
    /// <summary>Raise when the fitting code changes in a way the parameters below do not show.</summary>
    internal const int AlgorithmVersion = 3;

    private const double ArcSecond = 1.0 / 3600.0;
    private const double J2000 = 2451545.0;

    /// <summary>Half-width of the true node's speed window around a Moon file boundary: the library's 0.0001 day and a margin.</summary>
    private const double TrueNodeSpeedWindow = 1.2e-4;

    /// <summary>Apparent positions referred to the mean equinox of date: sidereal = this − mean ayanamsha, exactly.</summary>
    internal const int ApparentFlags = SwissEph.FlagSwissEphemeris | SwissEph.FlagNoNutation;

    /// <summary>TT span covered by TT series: the supported UT range plus ΔT (≤ 520 s by 2400) and a margin.</summary>
    internal const double TerrestrialStart = SupportedRange.FirstJulianDay;
    internal const double TerrestrialEnd = SupportedRange.EndJulianDay + 0.02;

    /// <summary>
    /// Segment length and degrees of longitude, latitude, distance and speed; tail tolerances of longitude, latitude (″)
    /// and speed (″/day). Planets get tighter latitude and speed tails than the Moon: near a solar conjunction light
    /// deflection changes within hours and a fit that reproduces its samples can still miss between them, so they split
    /// more readily there (measured: Venus' worst speed error 0.0127″/day with 0.0025, 0.0064 with 0.0015).
    /// </summary>
    private sealed record BodyFit(
        int Body, double Step, int Longitude, int Latitude, int Distance, int Speed,
        double LongitudeTail = 1.5e-4, double LatitudeTail = 2e-4, double SpeedTail = 1.5e-3);

    private static readonly BodyFit[] Bodies =
    [
        new(SwissEph.BodySun, 365.259631152438 / 8, 23, 17, 15, 16),
        new(SwissEph.BodyMoon, 27.5545514309491, 24, 23, 18, 21, LongitudeTail: 3e-4, LatitudeTail: 3e-4, SpeedTail: 2.5e-3),
        new(SwissEph.BodyMercury, 87.96934964454672 / 4, 16, 15, 12, 14),
        new(SwissEph.BodyVenus, 224.7008345677527 / 8, 16, 11, 11, 11),
        new(SwissEph.BodyMars, 686.995803698292 / 32, 12, 9, 8, 8),
        new(SwissEph.BodyJupiter, 4000.0 / 180, 11, 7, 7, 7),
        new(SwissEph.BodySaturn, 4000.0 / 180, 10, 7, 6, 6),
        new(SwissEph.BodyUranus, 4000.0 / 180, 9, 6, 5, 6),
        new(SwissEph.BodyNeptune, 4000.0 / 180, 9, 6, 5, 5),
        new(SwissEph.BodyPluto, 4000.0 / 180, 8, 6, 5, 5),
        new(SwissEph.BodyMeanNode, 4000.0 / 16, 2, 2, 2, 2),
        new(SwissEph.BodyTrueNode, 27.5545514309491 / 2, 15, 2, 15, 14, LongitudeTail: 3e-4, SpeedTail: 2.5e-3),
    ];

    /// <summary>Every series the tables hold, in file order.</summary>
    internal static IReadOnlyList<SeriesPlan> Plans(IReadOnlyDictionary<int, (double Origin, double Step)> grids, IEnumerable<int> siderealModes)
    {
        var plans = new List<SeriesPlan>
        {
            DeltaT(),
            Nutation(),
            SiderealTime(),
        };
        plans.AddRange(Bodies.Select(body => Body(body, grids)));
        plans.AddRange(siderealModes.Select(Ayanamsha));
        return plans;
    }

    /// <summary>The body plans alone (for tests and tuning).</summary>
    internal static SeriesPlan BodyPlan(int body, IReadOnlyDictionary<int, (double Origin, double Step)> grids) =>
        Body(Bodies.Single(b => b.Body == body), grids);

    private static SeriesPlan Body(BodyFit fit, IReadOnlyDictionary<int, (double Origin, double Step)> grids)
    {
        var breaks = new List<BreakGrid>();
        void Add(int fileBody, int? lightTimeOf, double holeHalfWidth = 0)
        {
            if (grids.TryGetValue(fileBody, out var grid))
            {
                breaks.Add(new BreakGrid(grid.Origin, grid.Step, lightTimeOf, holeHalfWidth));
            }
        }

        // Where the library switches segments: the Earth's own (no light time) and those of whatever it reads at the
        // body's retarded time: the body's file, and the Sun's barycentre (heliocentric files are referred to it).
        switch (fit.Body)
        {
            case SwissEph.BodySun:
                Add(EphemerisFileSegments.EarthMoonBarycentre, null);
                Add(EphemerisFileSegments.SunBarycentre, SwissEph.BodySun);
                break;
            case SwissEph.BodyMoon:
                Add(EphemerisFileSegments.Moon, SwissEph.BodyMoon);
                Add(EphemerisFileSegments.EarthMoonBarycentre, null);
                Add(EphemerisFileSegments.EarthMoonBarycentre, SwissEph.BodyMoon);
                break;
            case SwissEph.BodyTrueNode:
                // The library differentiates the osculating node over ±0.0001 day: across a Moon file boundary its speed
                // mixes two segments for that long (hundreds of ″/day off), so that window is left to the library.
                Add(EphemerisFileSegments.Moon, SwissEph.BodyMoon, TrueNodeSpeedWindow);
                Add(EphemerisFileSegments.EarthMoonBarycentre, null);
                Add(EphemerisFileSegments.EarthMoonBarycentre, SwissEph.BodyMoon);
                break;
            case SwissEph.BodyMeanNode:
                break;
            default:
                Add(fit.Body, fit.Body);
                Add(EphemerisFileSegments.EarthMoonBarycentre, null);
                Add(EphemerisFileSegments.SunBarycentre, fit.Body);
                break;
        }

        var origin = fit.Body switch
        {
            SwissEph.BodyMoon or SwissEph.BodyTrueNode when grids.TryGetValue(EphemerisFileSegments.Moon, out var moon) => moon.Origin,
            SwissEph.BodySun when grids.TryGetValue(EphemerisFileSegments.EarthMoonBarycentre, out var earth) => earth.Origin,
            _ when grids.TryGetValue(fit.Body, out var own) => own.Origin,
            _ => J2000,
        };
        int[] degrees = [fit.Longitude, fit.Latitude, fit.Distance, fit.Speed];
        var samples = 2 * (degrees.Max() + 1);
        return new SeriesPlan(
            SeriesKind.Body,
            fit.Body,
            ApparentFlags,
            TerrestrialStart,
            TerrestrialEnd,
            origin,
            fit.Step,
            degrees,
            [fit.LongitudeTail * ArcSecond, fit.LatitudeTail * ArcSecond, 3e-8, fit.SpeedTail * ArcSecond],
            [2e-6 * ArcSecond, 2e-6 * ArcSecond, 1e-13, 2e-5 * ArcSecond],
            samples,
            MaxDepth: 8,
            breaks);
    }

    /// <summary>
    /// ΔT: the library interpolates yearly values on years of 365.25 days from J2000, so one segment per such year is
    /// exact to a few microseconds; the one kink (1952, where its models meet) is found by splitting.
    /// </summary>
    private static SeriesPlan DeltaT() => new(
        SeriesKind.DeltaT, 0, 0,
        SupportedRange.FirstJulianDay - 2, SupportedRange.EndJulianDay + 2,
        J2000, 365.25,
        [6], [1e-7], [1e-10],
        SampleCount: 16, MaxDepth: 22, []);

    /// <summary>
    /// True obliquity and nutation in longitude, for houses and the true ayanamsha. Nutation's many short-period terms
    /// make this one of the costlier series; 0.0001″ is far below what houses or the ayanamsha need.
    /// </summary>
    private static SeriesPlan Nutation() => new(
        SeriesKind.Nutation, 0, SwissEph.FlagSwissEphemeris,
        TerrestrialStart - 1, TerrestrialEnd + 1,
        J2000, 64,
        [21, 22], [3e-5 * ArcSecond, 3e-5 * ArcSecond], [1e-7 * ArcSecond, 1e-7 * ArcSecond],
        SampleCount: 46, MaxDepth: 8, []);

    /// <summary>Sidereal time less the Earth rotation angle and the equation of the equinoxes: smooth over years.</summary>
    private static SeriesPlan SiderealTime() => new(
        SeriesKind.SiderealTime, 0, 0,
        SupportedRange.FirstJulianDay - 1, SupportedRange.EndJulianDay + 1,
        J2000, 365.25,
        [8], [1e-5 * ArcSecond], [1e-8 * ArcSecond],
        SampleCount: 18, MaxDepth: 16, []);

    private static SeriesPlan Ayanamsha(int mode) => new(
        SeriesKind.Ayanamsha, mode, SwissEph.FlagSwissEphemeris | SwissEph.FlagNoNutation,
        TerrestrialStart - 1, TerrestrialEnd + 1,
        J2000, 365.25,
        [4], [1e-5 * ArcSecond], [1e-8 * ArcSecond],
        SampleCount: 10, MaxDepth: 8, []);

    /// <summary>
    /// Sidereal modes the tables fit: every predefined mode except those tied to a star or the galactic centre, whose
    /// ayanamsha follows the star's apparent place (aberration, proper motion) and would cost ~100× more to fit, and
    /// those the library projects onto the ecliptic of their epoch (J2000, J1900, B1950, Skydram), where a sidereal
    /// longitude is not the tropical one less the ayanamsha (measured: up to 20″ apart). Those, and user-defined modes,
    /// are answered natively.
    /// </summary>
    internal static IReadOnlyList<int> FittedSiderealModes { get; } =
        Enumerable.Range(0, (int)Engine.Ayanamsha.LahiriIcrc + 1).Except(StarBasedModes).Except(EclipticOfEpochModes).ToArray();

    private static int[] EclipticOfEpochModes =>
        [(int)Engine.Ayanamsha.J2000, (int)Engine.Ayanamsha.J1900, (int)Engine.Ayanamsha.B1950, (int)Engine.Ayanamsha.Skydram];

    private static int[] StarBasedModes =>
    [
        (int)Engine.Ayanamsha.GalacticCenter0Sag, (int)Engine.Ayanamsha.TrueCitra, (int)Engine.Ayanamsha.TrueRevati,
        (int)Engine.Ayanamsha.TruePushya, (int)Engine.Ayanamsha.GalacticCenterGilBrand, (int)Engine.Ayanamsha.TrueMula,
        (int)Engine.Ayanamsha.DhruvaGalacticCenterMula, (int)Engine.Ayanamsha.TrueSheoran,
        (int)Engine.Ayanamsha.GalacticCenterCochrane,
    ];
}
