namespace Jyotishika.Engine;

/// <summary>
/// A planet is stationary (near its retrograde or direct station) while its speed in longitude is below 10% of its
/// mean geocentric daily motion. The Sun, Moon and nodes never station in this sense.
/// </summary>
public static class Stations
{
    public const double FractionOfMeanMotion = 0.10;

    /// <summary>Mean geocentric motion in degrees/day (inner planets share the Sun's mean motion).</summary>
    public static double? MeanDailyMotion(Graha graha) => graha switch
    {
        Graha.Mercury or Graha.Venus => 0.9856,
        Graha.Mars => 0.5240,
        Graha.Jupiter => 0.0831,
        Graha.Saturn => 0.0335,
        Graha.Uranus => 0.0117,
        Graha.Neptune => 0.0060,
        Graha.Pluto => 0.0040,
        _ => null,
    };

    public static bool IsStationary(Graha graha, double speed) =>
        MeanDailyMotion(graha) is { } mean && Math.Abs(speed) < FractionOfMeanMotion * mean;
}
