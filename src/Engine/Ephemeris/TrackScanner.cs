namespace Jyotishika.Engine.Ephemeris;

/// <summary>
/// The root-finding core of the event search, for any track (a body's longitude, or one body's longitude seen from
/// another): splits a scan step where the rate changes sign, so that every stretch moves one way, then finds each
/// division boundary (sign, nakshatra, or 0° for a conjunction) a stretch passes.
/// </summary>
internal static class TrackScanner
{
    /// <summary>A suspicious step is split into this many parts, at most this many times over (a 5-day step down to 30 minutes).</summary>
    private const int Parts = 4;

    private const int MaxDepth = 4;

    /// <summary>
    /// How close to zero the modelled rate may dip, relative to the smaller end rate, before a step is split. Generous on
    /// purpose: a split costs three evaluations, a miss costs two events.
    /// </summary>
    private const double DipMargin = 0.25;

    /// <summary>
    /// Appends the breakpoints after <paramref name="start"/> up to and including <paramref name="end"/>: a station
    /// wherever the rate changes sign (found to half a second), then <paramref name="end"/>.
    /// </summary>
    /// <remarks>
    /// Scan steps are chosen so that a single body cannot turn twice within one (see <see cref="ScanSteps"/>). Where two
    /// turns still could hide inside a step — equal end signs, but a rate that dips to zero in between, as the relative
    /// rate of two slow planets or the true node's can — the cubic Hermite model of the step (angles and rates at both
    /// ends) shows the dip, and the step is split and examined again.
    /// </remarks>
    internal static void Breakpoints(Func<double, TrackSample> at, TrackSample start, TrackSample end, List<Breakpoint> into, int depth = 0)
    {
        if (start.Backward != end.Backward)
        {
            into.Add(new Breakpoint(RootFinder.Solve(at, sample => sample.Rate, start, end), IsStation: true));
        }
        else if (depth < MaxDepth && MayTurnTwice(start, end))
        {
            var previous = start;
            for (var part = 1; part < Parts; part++)
            {
                var next = at(start.Time + (end.Time - start.Time) * part / Parts);
                Breakpoints(at, previous, next, into, depth + 1);
                previous = next;
            }

            Breakpoints(at, previous, end, into, depth + 1);
            return;
        }

        into.Add(new Breakpoint(end, IsStation: false));
    }

    /// <summary>
    /// Appends every boundary between <paramref name="divisions"/> equal arcs from 0° that the track passes from
    /// <paramref name="start"/> to <paramref name="end"/>, a stretch over which it moves one way by less than 180°.
    /// A track exactly on a boundary is in the arc the boundary opens (half-open arcs, as <see cref="Arc.Segment"/>), so
    /// each passage is counted in exactly one of two stretches that meet there.
    /// </summary>
    internal static void Crossings(Func<double, TrackSample> at, TrackSample start, TrackSample end, int divisions, List<Crossing> into)
    {
        var delta = Turn(end.Angle - start.Angle);
        if (delta == 0)
        {
            return;
        }

        var scale = divisions / 360.0;
        var from = start.Angle * scale;
        var to = (start.Angle + delta) * scale;
        var backward = delta < 0;
        var first = backward ? Math.Floor(from) : Math.Floor(from) + 1;
        var last = backward ? Math.Floor(to) + 1 : Math.Floor(to);
        if (backward ? first < last : first > last)
        {
            return;
        }

        var count = (int)Math.Abs(last - first) + 1;
        for (var i = 0; i < count; i++)
        {
            var boundary = backward ? first - i : first + i;
            var hit = RootFinder.Solve(at, sample => (start.Angle + Turn(sample.Angle - start.Angle)) * scale - boundary, start, end);
            var entered = (int)(backward ? boundary - 1 : boundary);
            into.Add(new Crossing(hit, ((entered % divisions) + divisions) % divisions, backward));
        }
    }

    /// <summary>An angle difference brought into (−180°, 180°].</summary>
    internal static double Turn(double degrees)
    {
        var normalized = Arc.Normalize(degrees);
        return normalized > 180 ? normalized - 360 : normalized;
    }

    /// <summary>
    /// Whether the cubic through both ends' angles and rates has a rate that dips to (or near) zero inside the step
    /// while both ends move the same way.
    /// </summary>
    private static bool MayTurnTwice(TrackSample start, TrackSample end)
    {
        var width = end.Time - start.Time;
        var displacement = Turn(end.Angle - start.Angle);
        var m0 = start.Rate * width;
        var m1 = end.Rate * width;

        // Rate of the cubic Hermite interpolant in s ∈ [0, 1]: q(s) = a s² + b s + c, with q(0) = m0 and q(1) = m1.
        var a = 3 * (m0 + m1) - 6 * displacement;
        var b = 6 * displacement - 4 * m0 - 2 * m1;
        if (a == 0)
        {
            return false;
        }

        var vertex = -b / (2 * a);
        if (vertex is <= 0 or >= 1)
        {
            return false;
        }

        var extreme = (a * vertex + b) * vertex + m0;
        return Math.Sign(extreme) != Math.Sign(m0) || Math.Abs(extreme) < DipMargin * Math.Min(Math.Abs(m0), Math.Abs(m1));
    }
}
