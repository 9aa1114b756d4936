namespace Jyotishika.Engine;

/// <summary>Which house (bhava) a longitude falls in, counted from cusp to next cusp.</summary>
public static class Houses
{
    /// <summary>
    /// House number 1..n for a longitude, given cusp longitudes in house order. Cusps normally run forward through the
    /// zodiac; Gauquelin sectors run backward, and the direction is detected from the cusps themselves.
    /// </summary>
    public static int HouseOf(double longitude, IReadOnlyList<double> cusps)
    {
        ArgumentNullException.ThrowIfNull(cusps);
        var count = cusps.Count;
        var forward = 0.0;
        for (var i = 0; i < count; i++)
        {
            forward += Arc.Normalize(cusps[(i + 1) % count] - cusps[i]);
        }

        // Forward arcs of a forward-running set add up to one turn; a backward-running set adds up to count-1 turns.
        var runsForward = forward < 360.0 * 1.5;
        for (var i = 0; i < count; i++)
        {
            var start = cusps[i];
            var end = cusps[(i + 1) % count];
            var span = runsForward ? Arc.Normalize(end - start) : Arc.Normalize(start - end);
            var offset = runsForward ? Arc.Normalize(longitude - start) : Arc.Normalize(start - longitude);
            if (offset < span)
            {
                return i + 1;
            }
        }

        // Only reachable when all cusps coincide (degenerate polar cases): the first house holds everything.
        return 1;
    }
}
