namespace Jyotishika.Engine;

/// <summary>The one check of a place's coordinates, shared by every calculation that takes a place.</summary>
public static class GeoCoordinates
{
    public static bool IsValidLatitude(double latitude) => double.IsFinite(latitude) && Math.Abs(latitude) < 90;

    public static bool IsValidLongitude(double longitude) => double.IsFinite(longitude) && Math.Abs(longitude) <= 180;

    public static void Check(double latitude, double longitude, List<InputViolation> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);

        // The ascendant (where the ecliptic meets the horizon) has no definition at the geographic poles themselves.
        if (!IsValidLatitude(latitude))
        {
            violations.Add(new("latitude", "must be a number greater than -90 and less than 90 degrees (the ascendant is undefined at the poles)"));
        }

        if (!IsValidLongitude(longitude))
        {
            violations.Add(new("longitude", "must be a number from -180 to 180 degrees"));
        }
    }
}
