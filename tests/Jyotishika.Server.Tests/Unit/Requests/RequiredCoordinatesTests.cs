using Jyotishika.Engine;
using Jyotishika.Server.Platform.Requests;

namespace Jyotishika.Server.Tests.Unit.Requests;

/// <summary>A request's latitude and longitude: present (proto3 optional), and on the globe with the poles excluded.</summary>
public sealed class RequiredCoordinatesTests
{
    private const string LatitudeRequired = "is required (degrees, north positive, between -90 and 90)";
    private const string LongitudeRequired = "is required (degrees, east positive, -180 to 180)";
    private const string LatitudeRange =
        "must be a number greater than -90 and less than 90 degrees (the ascendant is undefined at the poles)";
    private const string LongitudeRange = "must be a number from -180 to 180 degrees";

    [TestCase(89.999, 180.0)]
    [TestCase(-89.999, -180.0)]
    [TestCase(0.0, 0.0)]
    public void Coordinates_on_the_globe_short_of_the_poles_pass(double latitude, double longitude) =>
        Assert.That(Check(true, latitude, true, longitude), Is.Empty);

    [Test]
    public void Missing_coordinates_are_required_and_not_also_out_of_range()
    {
        Assert.That(Check(false, 0, false, 0), Is.EqualTo(new[]
        {
            new InvalidField("latitude", LatitudeRequired), new InvalidField("longitude", LongitudeRequired),
        }));
    }

    [TestCase(90.0, 0.0, "latitude", LatitudeRange)]
    [TestCase(-90.0, 0.0, "latitude", LatitudeRange)]
    [TestCase(double.NaN, 0.0, "latitude", LatitudeRange)]
    [TestCase(0.0, 180.0001, "longitude", LongitudeRange)]
    [TestCase(0.0, double.NegativeInfinity, "longitude", LongitudeRange)]
    public void A_coordinate_off_the_globe_or_at_a_pole_is_refused(double latitude, double longitude, string field, string description) =>
        Assert.That(Check(true, latitude, true, longitude), Is.EqualTo(new[] { new InvalidField(field, description) }));

    [Test]
    public void A_missing_latitude_beside_a_bad_longitude_names_both()
    {
        Assert.That(Check(false, 0, true, 200), Is.EqualTo(new[]
        {
            new InvalidField("latitude", LatitudeRequired), new InvalidField("longitude", LongitudeRange),
        }));
    }

    private static IReadOnlyList<InvalidField> Check(bool hasLatitude, double latitude, bool hasLongitude, double longitude)
    {
        var violations = new RequestViolations();
        RequiredCoordinates.Check(hasLatitude, latitude, hasLongitude, longitude, violations);
        return violations.All;
    }
}
