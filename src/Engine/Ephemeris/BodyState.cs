namespace Jyotishika.Engine.Ephemeris;

/// <summary>
/// A body's state at one instant in a sidereal frame, as a chart with the same settings reports it: longitude in
/// degrees [0°, 360°) with the ayanamsha (and any extra offset) applied, ecliptic latitude in degrees, distance in AU and
/// speed in longitude in degrees per day (negative while retrograde).
/// </summary>
public readonly record struct BodyState(double Longitude, double Latitude, double DistanceAu, double Speed)
{
    public bool Retrograde => Speed < 0;
}
