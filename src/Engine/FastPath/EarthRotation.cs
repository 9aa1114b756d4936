namespace Jyotishika.Engine.FastPath;

/// <summary>
/// The Earth rotation angle (IERS 2010): the fast, exactly known part of sidereal time. The fitted series holds only the
/// slow remainder (precession and the equation of the equinoxes), so it stays smooth and short.
/// </summary>
internal static class EarthRotation
{
    private const double J2000 = 2451545.0;

    /// <summary>ERA in degrees [0°, 360°) at a Julian day (UT1), splitting off whole days so no precision is lost.</summary>
    internal static double AngleDegrees(double julianDayUt)
    {
        var days = julianDayUt - J2000;
        var whole = Math.Floor(days);
        var turns = 0.7790572732640 + (days - whole) + 0.00273781191135448 * days;
        turns -= Math.Floor(turns);
        return turns * 360.0;
    }
}
