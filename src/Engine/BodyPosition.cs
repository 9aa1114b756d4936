namespace Jyotishika.Engine;

/// <summary>
/// A body's sidereal position at one instant, as a chart with the same settings reports it: longitude in degrees
/// [0°, 360°) with the ayanamsha (and any extra offset) applied, ecliptic latitude in degrees, distance in AU and speed
/// in longitude in degrees per day (negative while retrograde). The fast path marks instants it cannot answer with
/// <see cref="NotAnswered"/> (all NaN).
/// </summary>
public readonly record struct BodyPosition(double Longitude, double Latitude, double DistanceAu, double Speed)
{
    public static BodyPosition NotAnswered { get; } = new(double.NaN, double.NaN, double.NaN, double.NaN);

    public bool IsAnswered => !double.IsNaN(Longitude);

    public bool Retrograde => Speed < 0;
}
