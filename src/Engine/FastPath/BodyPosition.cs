namespace Jyotishika.Engine.FastPath;

/// <summary>
/// A body's sidereal position as a chart reports it: longitude (degrees, with the settings' ayanamsha and any extra
/// offset), ecliptic latitude (degrees), distance (AU) and speed in longitude (degrees/day). NaN where not answered.
/// </summary>
public readonly record struct BodyPosition(double Longitude, double Latitude, double DistanceAu, double Speed)
{
    public static BodyPosition NotAnswered { get; } = new(double.NaN, double.NaN, double.NaN, double.NaN);

    public bool IsAnswered => !double.IsNaN(Longitude);
}
