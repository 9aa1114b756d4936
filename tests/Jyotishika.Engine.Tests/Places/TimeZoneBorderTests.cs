using Jyotishika.Engine.Places;

namespace Jyotishika.Engine.Tests.Places;

/// <summary>
/// Points near borders where the zone changes, at sea, and by the date line. Coordinates are the GeoNames ones of the
/// places named (as in the shipped data); each pair is a few kilometres apart across a border.
/// </summary>
[TestFixture]
public sealed class TimeZoneBorderTests
{
    private static TimeZoneLocator Locator => PlaceData.Locator;

    [TestCase(27.01709, 84.8808, "Birgañj", "Asia/Kathmandu")]
    [TestCase(26.97982, 84.85065, "Raxaul", "Asia/Kolkata")]
    [TestCase(38.87789, -6.97061, "Badajoz", "Europe/Madrid")]
    [TestCase(38.8815, -7.16282, "Elvas", "Europe/Lisbon")]
    [TestCase(22.53851, 104.01109, "Hekou", "Asia/Shanghai")]
    [TestCase(22.48556, 103.97066, "Lào Cai", "Asia/Bangkok")]
    [TestCase(34.4839, -114.32245, "Lake Havasu City", "America/Phoenix")]
    [TestCase(34.84806, -114.61413, "Needles", "America/Los_Angeles")]
    [TestCase(35.14778, -114.5683, "Bullhead City", "America/Phoenix")]
    [TestCase(35.16778, -114.57302, "Laughlin", "America/Los_Angeles")]
    [TestCase(65.83549, 24.13676, "Haparanda", "Europe/Stockholm")]
    [TestCase(65.84811, 24.14662, "Tornio", "Europe/Helsinki")]
    [TestCase(-4.23116, -69.93858, "Tabatinga", "America/Manaus")]
    [TestCase(-4.21528, -69.94056, "Leticia", "America/Bogota")]
    [TestCase(31.75872, -106.48693, "El Paso", "America/Denver")]
    [TestCase(31.72024, -106.46084, "Ciudad Juárez", "America/Ciudad_Juarez")]
    public void A_border_town_gets_its_own_zone_not_its_neighbours(double latitude, double longitude, string name, string zone)
    {
        var inferred = Locator.Infer(latitude, longitude);
        Assert.Multiple(() =>
        {
            Assert.That(inferred.TimeZone, Is.EqualTo(zone));
            Assert.That(inferred.Nearest?.Place.Name, Is.EqualTo(name));
            Assert.That(inferred.Nearest?.DistanceKm, Is.LessThan(0.001));
        });
    }

    [TestCase(27.00, 84.87, "Asia/Kathmandu", Description = "Birgañj side of the Nepal–India border")]
    [TestCase(26.985, 84.85, "Asia/Kolkata", Description = "Raxaul side")]
    [TestCase(65.840, 24.132, "Europe/Stockholm", Description = "Haparanda side of the Torne")]
    [TestCase(65.847, 24.150, "Europe/Helsinki", Description = "Tornio side")]
    [TestCase(35.150, -114.566, "America/Phoenix", Description = "Bullhead City, Arizona bank of the Colorado")]
    [TestCase(35.166, -114.575, "America/Los_Angeles", Description = "Laughlin, Nevada bank")]
    public void Points_between_border_towns_take_the_nearer_towns_zone(double latitude, double longitude, string zone)
    {
        Assert.That(Locator.Infer(latitude, longitude).TimeZone, Is.EqualTo(zone));
    }

    [TestCase(0, -150, "Etc/GMT+10", Description = "mid-Pacific, 848 km from the Line Islands (UTC+14)")]
    [TestCase(30, -40, "Etc/GMT+3", Description = "mid-Atlantic")]
    [TestCase(-30, 80, "Etc/GMT-5", Description = "Indian Ocean")]
    [TestCase(-50, 0, "Etc/GMT", Description = "South Atlantic on the prime meridian")]
    [TestCase(40, 180, "Etc/GMT-12", Description = "on the date line, taken from the east")]
    [TestCase(40, -180, "Etc/GMT+12", Description = "on the date line, taken from the west")]
    [TestCase(5, 179.9, "Etc/GMT-12", Description = "just west of the date line")]
    [TestCase(5, -179.9, "Etc/GMT+12", Description = "just east of the date line")]
    public void Open_ocean_gets_the_nautical_zone_and_no_place(double latitude, double longitude, string zone)
    {
        var inferred = Locator.Infer(latitude, longitude);
        Assert.Multiple(() =>
        {
            Assert.That(inferred.TimeZone, Is.EqualTo(zone));
            Assert.That(inferred.Nearest, Is.Null);
            Assert.That(PlaceData.Index.Nearest(latitude, longitude).DistanceKm, Is.GreaterThan(TimeZoneLocator.OceanThresholdKm));
        });
    }

    [TestCase(-18.13683, 178.42531, "Pacific/Fiji", Description = "Suva")]
    [TestCase(-18.2, 179.95, "Pacific/Fiji", Description = "Lau group sea, nearest places on both sides of 180°")]
    [TestCase(-18.23652, -178.81232, "Pacific/Fiji", Description = "Tubou, Lau islands, Fiji west of the date line's kink")]
    [TestCase(66.32166, 179.9, "Asia/Anadyr", Description = "east of Chukotka's Egvekinot across 180°")]
    [TestCase(-13.83333, -171.76666, "Pacific/Apia", Description = "Apia, Samoa: UTC+13")]
    [TestCase(-14.27806, -170.7025, "Pacific/Pago_Pago", Description = "Pago Pago, American Samoa, 24 hours behind Apia")]
    [TestCase(1.98329, -157.36526, "Pacific/Kiritimati", Description = "Kiritimati, UTC+14")]
    [TestCase(-21.13683, -175.20114, "Pacific/Tongatapu", Description = "Nuku‘alofa")]
    public void Zones_by_the_date_line_follow_the_nearest_place(double latitude, double longitude, string zone)
    {
        var inferred = Locator.Infer(latitude, longitude);
        Assert.Multiple(() =>
        {
            Assert.That(inferred.TimeZone, Is.EqualTo(zone));
            Assert.That(inferred.Nearest, Is.Not.Null);
        });
    }

    [Test]
    public void A_zone_is_inferred_the_same_from_many_threads()
    {
        var random = new Random(7);
        var points = Enumerable.Range(0, 2_000)
            .Select(_ => ((179.8 * random.NextDouble()) - 89.9, (360 * random.NextDouble()) - 180)).ToArray();
        var sequential = points.Select(p => Locator.Infer(p.Item1, p.Item2)).ToArray();
        var parallel = points.AsParallel().AsOrdered().WithDegreeOfParallelism(4).Select(p => Locator.Infer(p.Item1, p.Item2)).ToArray();
        Assert.That(parallel, Is.EqualTo(sequential));
    }
}
