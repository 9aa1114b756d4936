using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.Intrinsics;
using Jyotishika.Engine.Native;

namespace Jyotishika.Engine.FastPath;

/// <summary>
/// The engine's fast path: piecewise Chebyshev fits of everything a chart needs, sampled from the native library and
/// evaluated with SIMD, answering within <see cref="FastPathContract"/> without any native call.
/// </summary>
/// <remarks>
/// <para>
/// Each body's apparent ecliptic longitude, latitude, distance and speed (referred to the mean equinox of date, TT) is
/// fitted on segments that end exactly where the library's own ephemeris files start a new segment (seen through the
/// body's light time), so no fit straddles the library's small jumps; segments whose fit misses (light deflection
/// grazing the Sun) are split, and what still misses stays a hole the library answers. The library's sidereal longitude
/// is exactly that longitude minus the mean ayanamsha, fitted per sidereal mode (star-based modes are left to the
/// library). ΔT, nutation and sidereal time are fitted too; UTC → UT1 reproduces swe_utc_to_jd in managed code.
/// </para>
/// <para>
/// Tables are built once by sampling the library on every pool thread and cached on disk (<see cref="Info"/> says where);
/// a cache for other files, another library version or other fit parameters is ignored and rebuilt.
/// </para>
/// </remarks>
public sealed class FastEphemeris
{
    private readonly FastEphemerisTables tables;

    internal FastEphemeris(FastEphemerisTables tables, FastEphemerisInfo info, SimdWidth width)
    {
        this.tables = tables;
        Info = info;
        Width = width;
    }

    public FastEphemerisInfo Info { get; }

    /// <summary>The instruction width evaluations use.</summary>
    public SimdWidth Width { get; }

    internal FastEphemerisTables Tables => tables;

    /// <summary>Loads the cached tables for the pool's ephemeris files, or builds (and caches) them on the pool's threads.</summary>
    public static async Task<FastEphemeris> LoadOrBuildAsync(
        EphemerisPool pool, FastEphemerisOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pool);
        var plans = FitParameters.Plans(EphemerisFileSegments.Read(pool.EphemerisPath), FitParameters.FittedSiderealModes);
        return await LoadOrBuildAsync(pool, options ?? new FastEphemerisOptions(), plans, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>As the public overload, for given plans (tests use short spans).</summary>
    internal static async Task<FastEphemeris> LoadOrBuildAsync(
        EphemerisPool pool, FastEphemerisOptions options, IReadOnlyList<SeriesPlan> plans, CancellationToken cancellationToken)
    {
        if (options.Width is { } requested && !Enum.IsDefined(requested))
        {
            throw new ArgumentOutOfRangeException(nameof(options), requested, "Unknown SIMD width");
        }

        var width = options.Width ?? ChebyshevKernel.Best;
        var stopwatch = Stopwatch.StartNew();
        var key = CacheKey.Compute(pool.EphemerisPath, plans);
        var cachePath = options.UseCache ? Path.Combine(options.ResolveCacheDirectory(), $"fast-ephemeris-{key[..16]}.bin") : null;

        if (cachePath is not null && FastEphemerisFile.TryRead(cachePath, key, plans) is { } cached)
        {
            return new FastEphemeris(cached, Describe(cached, true, cachePath, stopwatch.Elapsed, 0), width);
        }

        var (fitted, samples) = await FastEphemerisBuilder.BuildAsync(pool, plans, cancellationToken).ConfigureAwait(false);
        var utc = await pool.RunAsync(UtcConversion.Probe, cancellationToken).ConfigureAwait(false);
        var tables = new FastEphemerisTables(fitted, utc);
        if (cachePath is not null)
        {
            try
            {
                FastEphemerisFile.Write(cachePath, key, fitted, utc);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                cachePath = null; // A read-only home still gets a working fast path, rebuilt on the next start.
            }
        }

        return new FastEphemeris(tables, Describe(tables, false, cachePath, stopwatch.Elapsed, samples), width);
    }

    /// <summary>The same tables evaluated with another instruction width (results are bit-identical).</summary>
    public FastEphemeris WithWidth(SimdWidth width)
    {
        if (!Enum.IsDefined(width))
        {
            throw new ArgumentOutOfRangeException(nameof(width), width, "Unknown SIMD width");
        }

        return new FastEphemeris(tables, Info, width);
    }

    /// <summary>
    /// Whether charts with these settings can be answered here at all (apparent positions, a fitted ayanamsha, a house
    /// system computed from ascendant and MC). Individual instants and places may still go to the library.
    /// </summary>
    public bool Supports(ChartSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return FastChartCalculator.Supports(tables, settings);
    }

    /// <summary>
    /// Whether body positions in this frame can be answered here (<see cref="GetPositions"/>): apparent positions and a
    /// fitted ayanamsha. The house system, which positions do not depend on, does not matter.
    /// </summary>
    public bool SupportsPositions(ChartSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.PositionType == PositionType.Apparent && FastChartCalculator.AyanamshaSeries(tables, settings) is not null;
    }

    /// <summary>Julian day (UT1) of a UTC instant as swe_utc_to_jd computes it; false in the few seconds it cannot answer.</summary>
    public bool TryGetJulianDayUt(DateTime utc, out double julianDayUt)
    {
        if (utc.Kind != DateTimeKind.Utc || !SupportedRange.Contains(utc))
        {
            julianDayUt = double.NaN;
            return false;
        }

        return tables.Utc.TryUniversal(utc, tables.DeltaT, out julianDayUt);
    }

    /// <summary>A chart, when the fast path can answer it within its contract.</summary>
    public bool TryCompute(ChartInput input, [NotNullWhen(true)] out Chart? chart)
    {
        ArgumentNullException.ThrowIfNull(input);
        return FastChartCalculator.TryCompute(tables, Width, input, out chart);
    }

    /// <summary>
    /// One body's sidereal positions at many instants (Julian days, UT), as a chart with <paramref name="settings"/>
    /// would report them. Instants the fast path cannot answer get <see cref="BodyPosition.NotAnswered"/>; returns how
    /// many were answered. Only <see cref="ChartSettings.Ayanamsha"/>, <see cref="ChartSettings.NodeType"/> and
    /// <see cref="ChartSettings.PositionType"/> matter here.
    /// </summary>
    public int GetPositions(Graha graha, ReadOnlySpan<double> julianDaysUt, ChartSettings settings, Span<BodyPosition> positions)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (positions.Length < julianDaysUt.Length)
        {
            throw new ArgumentException("There must be a result slot for every instant.", nameof(positions));
        }

        var body = BodyOf(graha, settings);
        var series = body >= 0 ? tables.Bodies[body] : null;
        var ayanamsha = FastChartCalculator.AyanamshaSeries(tables, settings);
        if (series is null || ayanamsha is null || settings.PositionType != PositionType.Apparent)
        {
            positions[..julianDaysUt.Length].Fill(BodyPosition.NotAnswered);
            return 0;
        }

        var extraOffset = settings.Ayanamsha.ExtraOffset();
        var opposite = graha == Graha.Ketu;
        var answered = 0;

        // One instant ahead: its segment is looked up and prefetched while the current one is evaluated.
        var next = Locate(series, ayanamsha, julianDaysUt, 0);
        for (var i = 0; i < julianDaysUt.Length; i++)
        {
            var current = next;
            next = Locate(series, ayanamsha, julianDaysUt, i + 1);
            if (current.Segment < 0)
            {
                positions[i] = BodyPosition.NotAnswered;
                continue;
            }

            ChebyshevKernel.EvaluatePair(
                Width,
                ref series.SegmentCoefficients(current.Segment), series.Count, series.Normalized(current.Segment, current.Tt),
                ref ayanamsha.SegmentCoefficients(current.AyanamshaSegment), ayanamsha.Count,
                ayanamsha.Normalized(current.AyanamshaSegment, current.Tt),
                out var lanes, out var ayanamshaLanes);
            positions[i] = ToPosition(lanes, ayanamshaLanes, extraOffset, opposite);
            answered++;
        }

        return answered;
    }

    /// <summary>One body at one instant; false where the fast path cannot answer.</summary>
    public bool TryGetPosition(Graha graha, double julianDayUt, ChartSettings settings, out BodyPosition position)
    {
        Span<BodyPosition> result = stackalloc BodyPosition[1];
        var answered = GetPositions(graha, [julianDayUt], settings, result) == 1;
        position = result[0];
        return answered;
    }

    /// <summary>TT and segments of one instant (segment −1 when not answerable), with the body's coefficients prefetched.</summary>
    private (double Tt, int Segment, int AyanamshaSegment) Locate(
        ChebyshevSeries series, ChebyshevSeries ayanamsha, ReadOnlySpan<double> julianDaysUt, int index)
    {
        if (index >= julianDaysUt.Length)
        {
            return (double.NaN, -1, -1);
        }

        var ut = julianDaysUt[index];
        if (!SupportedRange.Contains(ut) || !UtcConversion.TryDeltaT(tables.DeltaT, ut, out var deltaT))
        {
            return (double.NaN, -1, -1);
        }

        var tt = ut + deltaT;
        var segment = series.Find(tt);
        var ayanamshaSegment = ayanamsha.Find(tt);
        if (segment < 0 || ayanamshaSegment < 0)
        {
            return (tt, -1, -1);
        }

        series.Prefetch(segment);
        return (tt, segment, ayanamshaSegment);
    }

    private static BodyPosition ToPosition(Vector256<double> lanes, Vector256<double> ayanamsha, double extraOffset, bool opposite)
    {
        var longitude = lanes.GetElement(0) - ayanamsha.GetElement(0) - extraOffset + (opposite ? 180 : 0);
        return new BodyPosition(
            Arc.Normalize(longitude),
            opposite ? -lanes.GetElement(1) : lanes.GetElement(1),
            lanes.GetElement(2),
            lanes.GetElement(3) - ayanamsha.GetElement(1));
    }

    private static int BodyOf(Graha graha, ChartSettings settings) => ChartAssembly.LibraryBody(graha, settings);

    private static FastEphemerisInfo Describe(FastEphemerisTables tables, bool loaded, string? cachePath, TimeSpan elapsed, long samples) => new(
        loaded,
        cachePath,
        elapsed,
        samples,
        cachePath is not null && File.Exists(cachePath) ? new FileInfo(cachePath).Length : 0,
        tables.MemoryBytes,
        tables.Series.Sum(s => s.SegmentCount),
        tables.Series.Sum(s => s.HoleCount));
}
