namespace Jyotishika.Engine.Ephemeris;

/// <summary>
/// Body states on the scan grids of one chunk, evaluated in one batch per body and step. A grid point is
/// origin + k × step for a whole k counted from the search's start, so every chunk — and every look-ahead past a chunk —
/// sees the same instants and the same values at them.
/// </summary>
internal sealed class GridSamples(IBodyStates states, double origin, double chunkDays, int chunk, double end)
{
    /// <summary>
    /// Grid points are kept a second inside the supported range: a scan step may reach past the search's end, and a
    /// look-ahead past the range's.
    /// </summary>
    private const double LastJulianDay = SupportedRange.EndJulianDay - 1.0 / 86_400;

    private readonly Dictionary<(Graha Body, double Step), BodyPosition[]> cache = [];

    /// <summary>The scan intervals [k, k + 1] of this chunk at a step: every one that starts inside it and before the end.</summary>
    internal (long First, long End) Intervals(double step)
    {
        var perChunk = (long)Math.Round(chunkDays / step);
        var first = chunk * perChunk;
        var needed = (long)Math.Ceiling((end - origin) / step);
        return (first, Math.Min(first + perChunk, needed));
    }

    internal double Time(double step, long k) => Math.Min(origin + k * step, LastJulianDay);

    /// <summary>The body at grid point k: from this chunk's batch, or evaluated alone beyond it.</summary>
    internal BodyPosition State(Graha body, double step, long k)
    {
        var (first, last) = Intervals(step);
        if (k < first || k > last)
        {
            return At(body, Time(step, k));
        }

        if (!cache.TryGetValue((body, step), out var values))
        {
            var times = new double[last - first + 1];
            for (var i = 0; i < times.Length; i++)
            {
                times[i] = Time(step, first + i);
            }

            values = new BodyPosition[times.Length];
            states.Evaluate(body, times, values);
            cache[(body, step)] = values;
        }

        return values[k - first];
    }

    internal BodyPosition At(Graha body, double time)
    {
        Span<BodyPosition> one = stackalloc BodyPosition[1];
        states.Evaluate(body, [time], one);
        return one[0];
    }
}
