namespace Jyotishika.Engine;

/// <summary>Which house (bhava) a longitude falls in, counted from cusp to next cusp.</summary>
public static class Houses
{
    /// <summary>
    /// House number 1..n for a longitude, given cusp longitudes in house order. Cusps normally run forward through the
    /// zodiac; Gauquelin sectors (and Horizontal houses at some places) run backward, detected from the cusps.
    /// </summary>
    public static int HouseOf(double longitude, IReadOnlyList<double> cusps)
    {
        ArgumentNullException.ThrowIfNull(cusps);
        var span = cusps.ToArray().AsSpan();
        return HouseOf(longitude, span, RunForward(span));
    }

    /// <summary>
    /// Whether the cusps run forward through the zodiac: forward arcs of a forward-running set add up to one turn, those
    /// of a backward-running set to n−1 turns.
    /// </summary>
    public static bool RunForward(ReadOnlySpan<double> cusps)
    {
        var forward = 0.0;
        for (var i = 0; i < cusps.Length; i++)
        {
            forward += Arc.Normalize(cusps[(i + 1) % cusps.Length] - cusps[i]);
        }

        return forward < 360.0 * 1.5;
    }

    /// <summary>House number 1..n, with the direction already known (<see cref="RunForward"/>), as a chart computes it.</summary>
    public static int HouseOf(double longitude, ReadOnlySpan<double> cusps, bool runForward)
    {
        var count = cusps.Length;
        for (var i = 0; i < count; i++)
        {
            var start = cusps[i];
            var end = cusps[(i + 1) % count];
            var span = runForward ? Arc.Normalize(end - start) : Arc.Normalize(start - end);
            var offset = runForward ? Arc.Normalize(longitude - start) : Arc.Normalize(start - longitude);
            if (offset < span)
            {
                return i + 1;
            }
        }

        // Only reachable when all cusps coincide (degenerate cases near the poles): the first house holds everything.
        return 1;
    }
}
