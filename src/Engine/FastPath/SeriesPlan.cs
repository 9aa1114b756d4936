using System.Globalization;
using System.Text;

namespace Jyotishika.Engine.FastPath;

/// <summary>What a fitted series holds; each kind has its own sampling, lanes and time scale.</summary>
internal enum SeriesKind
{
    /// <summary>A body's ecliptic longitude, latitude, distance (mean equinox of date) and speed correction; TT.</summary>
    Body = 1,

    /// <summary>ΔT in seconds, as a function of its argument (the library evaluates it at UT and at TT).</summary>
    DeltaT = 2,

    /// <summary>True obliquity and nutation in longitude (degrees); TT.</summary>
    Nutation = 3,

    /// <summary>Apparent sidereal time minus the Earth rotation angle (degrees); UT.</summary>
    SiderealTime = 4,

    /// <summary>The mean ayanamsha of one sidereal mode (degrees); TT.</summary>
    Ayanamsha = 5,
}

/// <summary>
/// A family of instants where an ephemeris file starts a new segment, so the sampled function may jump or kink there:
/// origin + k·step, reached either directly (the observer's own Earth) or after a body's light time.
/// </summary>
/// <param name="LightTimeBody">Body whose light time delays the boundary, or null for none.</param>
/// <param name="HoleHalfWidth">
/// Days on either side of each boundary left to the library without trying a fit: where the library differentiates
/// numerically across the boundary (the true node's speed, over ±0.0001 day), values there are not smooth at all.
/// </param>
internal sealed record BreakGrid(double Origin, double Step, int? LightTimeBody, double HoleHalfWidth = 0);

/// <summary>
/// Everything that determines one fitted series: its function, time span, base segmentation, degrees and tolerances
/// per stored lane, quantization for the cache file, samples per segment and how deep a segment may be split.
/// </summary>
/// <param name="Parameter">The body number for <see cref="SeriesKind.Body"/>, the sidereal mode for
/// <see cref="SeriesKind.Ayanamsha"/>, otherwise 0.</param>
/// <param name="Tolerances">Largest dropped coefficient allowed per lane (stored units; relative for distance).</param>
/// <param name="Quanta">Cache-file resolution per lane (stored units).</param>
internal sealed record SeriesPlan(
    SeriesKind Kind,
    int Parameter,
    int Flags,
    double Start,
    double End,
    double GridOrigin,
    double GridStep,
    IReadOnlyList<int> Degrees,
    IReadOnlyList<double> Tolerances,
    IReadOnlyList<double> Quanta,
    int SampleCount,
    int MaxDepth,
    IReadOnlyList<BreakGrid> Breaks)
{
    /// <summary>Lanes a sample provides (a body also samples its native speed, stored as a correction).</summary>
    internal int StoredLanes => Degrees.Count;

    internal int StoredPerSegment => Degrees.Sum(d => d + 1);

    internal string Id => $"{Kind}/{Parameter}/{Flags}";

    /// <summary>Every parameter, in invariant text: part of the cache key, so a change rebuilds the tables.</summary>
    internal string Fingerprint
    {
        get
        {
            var text = new StringBuilder();
            text.Append(CultureInfo.InvariantCulture, $"{Id} [{Start:R},{End:R}) grid {GridOrigin:R}+k*{GridStep:R}");
            text.Append(CultureInfo.InvariantCulture, $" n {string.Join(',', Degrees)} tol {string.Join(',', Tolerances.Select(t => t.ToString("R", CultureInfo.InvariantCulture)))}");
            text.Append(CultureInfo.InvariantCulture, $" q {string.Join(',', Quanta.Select(q => q.ToString("R", CultureInfo.InvariantCulture)))}");
            text.Append(CultureInfo.InvariantCulture, $" N {SampleCount} depth {MaxDepth}");
            foreach (var grid in Breaks)
            {
                text.Append(CultureInfo.InvariantCulture, $" break {grid.Origin:R}+k*{grid.Step:R}@{grid.LightTimeBody?.ToString(CultureInfo.InvariantCulture) ?? "-"}±{grid.HoleHalfWidth:R}");
            }

            return text.ToString();
        }
    }
}
