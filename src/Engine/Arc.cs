namespace Jyotishika.Engine;

/// <summary>Angle arithmetic on the ecliptic circle.</summary>
public static class Arc
{
    /// <summary>
    /// Values this close below a division boundary (in units of divisions) count as on it. Boundaries such as
    /// 13°20′ have no exact binary representation, so the nearest double may fall a hair short; 1e-11 of a
    /// division is far below a micro-arcsecond and far above double rounding error.
    /// </summary>
    private const double BoundarySnap = 1e-11;

    /// <summary>Brings any finite angle into [0°, 360°).</summary>
    public static double Normalize(double degrees)
    {
        var result = degrees % 360.0;
        if (result < 0)
        {
            result += 360.0;
        }

        return result >= 360.0 ? 0.0 : result;
    }

    /// <summary>
    /// Which of <paramref name="divisions"/> equal arcs from 0° holds the longitude: half-open intervals
    /// [start, end), computed by exact scaling (L·n/360) rather than by accumulating arc lengths.
    /// </summary>
    public static int Segment(double longitude, int divisions)
    {
        var scaled = Normalize(longitude) * divisions / 360.0;
        var index = (int)Math.Floor(scaled + BoundarySnap);
        return index >= divisions ? index - divisions : index;
    }

    /// <summary>Position inside the segment, in degrees from its start, consistent with <see cref="Segment"/>.</summary>
    public static double OffsetInSegment(double longitude, int divisions)
    {
        var normalized = Normalize(longitude);
        var span = 360.0 / divisions;
        var offset = normalized - Segment(normalized, divisions) * span;

        // A value snapped up to the next boundary (or wrapped past 360°) sits at that segment's start.
        return offset < 0 || offset >= span ? 0.0 : offset;
    }

    /// <summary>The smaller angle between two longitudes, in [0°, 180°].</summary>
    public static double Separation(double a, double b)
    {
        var difference = Math.Abs(Normalize(a) - Normalize(b));
        return difference > 180.0 ? 360.0 - difference : difference;
    }
}
