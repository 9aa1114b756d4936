namespace Jyotishika.Engine.Places;

/// <summary>
/// Great-circle geometry on a spherical Earth. Points are compared by the squared chord between their unit vectors:
/// it orders pairs exactly as the great-circle distance does and, unlike the haversine or the dot product, needs no
/// trigonometry per candidate and keeps full precision for towns a few hundred metres apart.
/// </summary>
internal static class GreatCircle
{
    /// <summary>IUGG mean Earth radius: the spherical model's error (≤ 0.5 %) is far below what zone inference needs.</summary>
    public const double EarthRadiusKm = 6371.0088;

    private const double RadiansPerDegree = Math.PI / 180;

    public static UnitVector ToUnitVector(double latitudeDegrees, double longitudeDegrees)
    {
        var phi = latitudeDegrees * RadiansPerDegree;
        var lambda = longitudeDegrees * RadiansPerDegree;
        var cosPhi = Math.Cos(phi);
        return new UnitVector(cosPhi * Math.Cos(lambda), cosPhi * Math.Sin(lambda), Math.Sin(phi));
    }

    public static double ChordSquaredToKm(double chordSquared) =>
        2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(chordSquared) / 2));

    public static double AngleToChordSquared(double radians)
    {
        var chord = 2 * Math.Sin(Math.Min(radians, Math.PI) / 2);
        return chord * chord;
    }

    public static double KmToChordSquared(double km) => AngleToChordSquared(km / EarthRadiusKm);

    public static double ToRadians(double degrees) => degrees * RadiansPerDegree;
}
