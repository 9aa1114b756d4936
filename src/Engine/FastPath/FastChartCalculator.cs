using System.Diagnostics.CodeAnalysis;
using System.Runtime.Intrinsics;
using Jyotishika.Engine.Native;

namespace Jyotishika.Engine.FastPath;

/// <summary>
/// The chart from the fitted tables: no native call, no thread hop. Every series the chart needs is evaluated at one
/// instant (two segments per 512-bit vector where the hardware has them), converted to the library's sidereal values
/// (tropical of the mean equinox minus the mean ayanamsha, exactly as the library does it) and handed to the same
/// <see cref="ChartAssembly"/> as the native path. It declines (and the caller asks the library) wherever it cannot
/// promise the contract: unsupported settings, a hole in a series, latitudes where the ascendant becomes too sensitive,
/// and values so close to a sign, nakshatra, cusp, combustion orb or station threshold that the contract's tolerance
/// could put them on the other side.
/// </summary>
internal static class FastChartCalculator
{
    /// <summary>Distance from any boundary a longitude must keep: twice the longitude contract (0.001″).</summary>
    internal const double LongitudeMargin = 2 * FastPathContract.LongitudeArcSeconds / 3600.0;

    /// <summary>Distance from any speed threshold (zero, station): twice the speed contract (0.01″/day).</summary>
    internal const double SpeedMargin = 2 * FastPathContract.SpeedArcSecondsPerDay / 3600.0;

    /// <summary>Largest ∂ascendant/∂ARMC served: beyond it a sidereal-time error of 0.0001″ could reach the contract.</summary>
    internal const double MaximumAscendantSensitivity = 4.0;

    private const int NutationId = -1;

    /// <summary>The ayanamsha's series among the body series: an id no library body number uses.</summary>
    private const int AyanamshaSeriesId = 100;

    /// <summary>
    /// Near the polar circles (66.56°) quadrant houses lose their solution or swing with tiny changes of time: from here
    /// poleward every chart goes to the native library, which decides.
    /// </summary>
    private const double PolarLatitudeLimit = 66;

    private const int HouseCount = 12;

    private static readonly Graha[] LeadingGrahas =
        [Graha.Sun, Graha.Moon, Graha.Mars, Graha.Mercury, Graha.Jupiter, Graha.Venus, Graha.Saturn];

    private static readonly Graha[] OuterGrahas = [Graha.Uranus, Graha.Neptune, Graha.Pluto];

    internal static bool Supports(FastEphemerisTables tables, ChartSettings settings) =>
        settings.PositionType == PositionType.Apparent
        && FastHouses.Supports(settings.HouseSystem)
        && AyanamshaSeries(tables, settings) is not null;

    internal static ChebyshevSeries? AyanamshaSeries(FastEphemerisTables tables, ChartSettings settings)
    {
        var mode = settings.Ayanamsha.LibraryMode();
        return settings.Ayanamsha != Ayanamsha.UserDefined && mode >= 0 && mode < tables.Ayanamshas.Length ? tables.Ayanamshas[mode] : null;
    }

    internal static bool TryCompute(FastEphemerisTables tables, SimdWidth width, ChartInput input, [NotNullWhen(true)] out Chart? chart)
    {
        chart = null;
        var settings = input.Settings;
        var julianDayUt = TimeScales.UtcReadAsUniversal(input.UtcInstant);
        if (!Supports(tables, settings)
            || (!settings.ReadsUtcAsUniversal && !tables.Utc.TryUniversal(input.UtcInstant, tables.DeltaT, out julianDayUt))
            || !UtcConversion.TryDeltaT(tables.DeltaT, julianDayUt, out var deltaT))
        {
            return false;
        }

        var julianDayTt = julianDayUt + deltaT;
        var count = ChartAssembly.RawBodyCount(settings);

        // Series ids: library body numbers, then the ayanamsha (AyanamshaSeriesId: the series fitted for the chart's own
        // mode) and nutation.
        Span<int> ids = stackalloc int[count + 2];
        var n = 0;
        foreach (var body in ChartAssembly.LeadingBodies)
        {
            ids[n++] = body;
        }

        ids[n++] = ChartAssembly.NodeBody(settings);
        if (settings.IncludeOuterPlanets)
        {
            foreach (var body in ChartAssembly.OuterBodies)
            {
                ids[n++] = body;
            }
        }

        ids[n++] = AyanamshaSeriesId;
        ids[n++] = NutationId;
        Span<Vector256<double>> values = stackalloc Vector256<double>[n];
        var ayanamshaSeries = AyanamshaSeries(tables, settings)!;
        if (!EvaluateAll(tables, ayanamshaSeries, width, ids, julianDayTt, values))
        {
            return false;
        }

        var meanAyanamsha = values[n - 2].GetElement(0);
        var ayanamshaRate = values[n - 2].GetElement(1);
        var obliquity = values[n - 1].GetElement(0);
        var nutationInLongitude = values[n - 1].GetElement(1);
        var trueAyanamsha = meanAyanamsha + nutationInLongitude;

        Span<BodyCoordinates> bodies = stackalloc BodyCoordinates[count];
        for (var i = 0; i < count; i++)
        {
            var lanes = values[i];
            bodies[i] = new BodyCoordinates(
                Arc.Normalize(lanes.GetElement(0) - meanAyanamsha),
                lanes.GetElement(1),
                lanes.GetElement(2),
                lanes.GetElement(3) - ayanamshaRate,
                0,
                0);
        }

        if (!TrySiderealTime(tables, julianDayUt, obliquity, nutationInLongitude, out var sidereal))
        {
            return false;
        }

        var armc = sidereal + input.Longitude;
        if (Math.Abs(input.Latitude) >= PolarLatitudeLimit || FastHouses.AscendantSensitivity(armc, input.Latitude, obliquity) > MaximumAscendantSensitivity)
        {
            return false;
        }

        Span<double> cusps = stackalloc double[HouseCount];
        FastHouses.Compute(settings.HouseSystem, armc, input.Latitude, obliquity, trueAyanamsha, out var ascendant, out var midheaven, cusps);
        var extraOffset = settings.Ayanamsha.ExtraOffset();
        if (NearAnyBoundary(settings, bodies, ascendant - extraOffset, midheaven - extraOffset, cusps, extraOffset))
        {
            return false;
        }

        chart = ChartAssembly.Assemble(input, julianDayUt, bodies, trueAyanamsha, ascendant, midheaven, cusps, fromFastPath: true);
        return true;
    }

    /// <summary>Apparent sidereal time in degrees at a Julian day (UT): ERA + fitted remainder + equation of the equinoxes.</summary>
    internal static bool TrySiderealTime(
        FastEphemerisTables tables, double julianDayUt, double obliquity, double nutationInLongitude, out double degrees)
    {
        var segment = tables.SiderealTime.Find(julianDayUt);
        if (segment < 0)
        {
            degrees = double.NaN;
            return false;
        }

        var remainder = ChebyshevKernel.EvaluateLane(
            ref tables.SiderealTime.SegmentCoefficients(segment), tables.SiderealTime.Count, tables.SiderealTime.Normalized(segment, julianDayUt), 0);
        degrees = EarthRotation.AngleDegrees(julianDayUt) + remainder + nutationInLongitude * Math.Cos(obliquity * (Math.PI / 180.0));
        return true;
    }

    /// <summary>
    /// Evaluates every series at one instant, two at a time; false if any has a hole there. All segments are looked up
    /// and prefetched first: at a random date each lives in a cold cache line of its own, and waiting for them one by one
    /// would cost more than all the arithmetic.
    /// </summary>
    private static bool EvaluateAll(
        FastEphemerisTables tables, ChebyshevSeries ayanamsha, SimdWidth width, ReadOnlySpan<int> ids, double t, Span<Vector256<double>> values)
    {
        Span<int> segments = stackalloc int[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            var series = Resolve(tables, ayanamsha, ids[i]);
            var segment = series?.Find(t) ?? -1;
            if (segment < 0)
            {
                return false;
            }

            series!.Prefetch(segment);
            segments[i] = segment;
        }

        for (var i = 0; i < ids.Length; i += 2)
        {
            var a = Resolve(tables, ayanamsha, ids[i])!;
            var segmentA = segments[i];
            if (i + 1 == ids.Length)
            {
                values[i] = ChebyshevKernel.Evaluate(width, ref a.SegmentCoefficients(segmentA), a.Count, a.Normalized(segmentA, t));
                break;
            }

            var b = Resolve(tables, ayanamsha, ids[i + 1])!;
            var segmentB = segments[i + 1];
            ChebyshevKernel.EvaluatePair(
                width,
                ref a.SegmentCoefficients(segmentA), a.Count, a.Normalized(segmentA, t),
                ref b.SegmentCoefficients(segmentB), b.Count, b.Normalized(segmentB, t),
                out values[i], out values[i + 1]);
        }

        return true;
    }

    private static ChebyshevSeries? Resolve(FastEphemerisTables tables, ChebyshevSeries ayanamsha, int id) => id switch
    {
        NutationId => tables.Nutation,
        AyanamshaSeriesId => ayanamsha,
        _ => tables.Bodies[id],
    };

    /// <summary>
    /// Whether any value the chart classifies lies within the contract's reach of a class boundary, so that the library
    /// (whose value the contract allows to differ by that much) might classify it otherwise.
    /// </summary>
    private static bool NearAnyBoundary(
        ChartSettings settings, ReadOnlySpan<BodyCoordinates> bodies, double ascendant, double midheaven, ReadOnlySpan<double> cusps,
        double extraOffset)
    {
        if (NearPada(ascendant) || NearPada(midheaven))
        {
            return true;
        }

        Span<double> shifted = stackalloc double[cusps.Length];
        var signAnchored = settings.HouseSystem is HouseSystem.WholeSign or HouseSystem.EqualAries;
        for (var i = 0; i < cusps.Length; i++)
        {
            shifted[i] = Arc.Normalize(cusps[i] - (signAnchored ? 0 : extraOffset));
            if (!signAnchored && NearPada(shifted[i]))
            {
                return true;
            }
        }

        var sun = Arc.Normalize(bodies[0].Longitude - extraOffset);
        for (var i = 0; i < bodies.Length; i++)
        {
            var longitude = Arc.Normalize(bodies[i].Longitude - extraOffset);
            var speed = bodies[i].LongitudeSpeed;
            var graha = i < ChartAssembly.LeadingBodies.Length ? LeadingGrahas[i] : i == ChartAssembly.LeadingBodies.Length ? Graha.Rahu : OuterGrahas[i - 8];
            if (NearPada(longitude) || Math.Abs(speed) < SpeedMargin)
            {
                return true;
            }

            if (!signAnchored)
            {
                // Rahu's cusp distances cover Ketu's, which sits exactly opposite (cusps come in opposite pairs).
                foreach (var cusp in shifted)
                {
                    if (Arc.Separation(longitude, cusp) < LongitudeMargin || Arc.Separation(longitude + 180, cusp) < LongitudeMargin)
                    {
                        return true;
                    }
                }
            }

            if (Combustion.OrbDegrees(graha, speed < 0) is { } orb && Math.Abs(Arc.Separation(longitude, sun) - orb) < 2 * LongitudeMargin)
            {
                return true;
            }

            if (Stations.MeanDailyMotion(graha) is { } mean && Math.Abs(Math.Abs(speed) - Stations.FractionOfMeanMotion * mean) < SpeedMargin)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Within the margin of a pada boundary (3°20′), which also bounds every sign, nakshatra and navamsa.</summary>
    private static bool NearPada(double longitude)
    {
        var padas = Arc.Normalize(longitude) * (108.0 / 360.0);
        return Math.Abs(padas - Math.Round(padas)) * (360.0 / 108.0) < LongitudeMargin;
    }
}
