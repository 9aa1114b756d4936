using Jyotishika.Engine;

namespace Jyotishika.Server.Platform.Requests;

/// <summary>Presence and range of a request's latitude and longitude (proto3 optional fields), named as JSON names.</summary>
public static class RequiredCoordinates
{
    public static void Check(bool hasLatitude, double latitude, bool hasLongitude, double longitude, RequestViolations violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        if (!hasLatitude)
        {
            violations.Add("latitude", "is required (degrees, north positive, between -90 and 90)");
        }

        if (!hasLongitude)
        {
            violations.Add("longitude", "is required (degrees, east positive, -180 to 180)");
        }

        violations.AddEngine(GeoCoordinates.Validate(hasLatitude ? latitude : 0, hasLongitude ? longitude : 0));
    }
}
