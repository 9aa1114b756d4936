namespace Jyotishika.Engine.Tests;

/// <summary>Angle helpers for comparisons, written independently of the engine's own <c>Arc</c>.</summary>
internal static class Degrees
{
    public const double PerArcsecond = 1.0 / 3600.0;

    /// <summary>Brings an angle into [0°, 360°).</summary>
    public static double Normalize(double degrees)
    {
        var result = degrees - 360.0 * Math.Floor(degrees / 360.0);
        return result >= 360.0 ? 0.0 : result;
    }

    /// <summary>The smaller angle between two longitudes in degrees, in [0°, 180°]; 359.9° and 0.1° are 0.2° apart.</summary>
    public static double Separation(double a, double b)
    {
        var difference = Math.Abs(Normalize(a) - Normalize(b));
        return difference > 180.0 ? 360.0 - difference : difference;
    }

    /// <summary>The separation of two longitudes in arcseconds.</summary>
    public static double ArcsecondsApart(double a, double b) => Separation(a, b) * 3600.0;
}
