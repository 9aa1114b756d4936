using Jyotishika.Engine.Places;
using NodaTime;

namespace Jyotishika.Engine.Tests.Places;

[TestFixture]
public sealed class NauticalZoneTests
{
    [TestCase(0, "Etc/GMT")]
    [TestCase(7.49, "Etc/GMT")]
    [TestCase(-7.49, "Etc/GMT")]
    [TestCase(7.5, "Etc/GMT-1")]
    [TestCase(-7.5, "Etc/GMT+1")]
    [TestCase(80, "Etc/GMT-5")]
    [TestCase(-150, "Etc/GMT+10")]
    [TestCase(172.49, "Etc/GMT-11")]
    [TestCase(172.5, "Etc/GMT-12")]
    [TestCase(180, "Etc/GMT-12")]
    [TestCase(-180, "Etc/GMT+12")]
    public void Zones_are_15_degrees_wide_with_IANAs_inverted_sign(double longitude, string zone)
    {
        Assert.That(NauticalZone.ForLongitude(longitude), Is.EqualTo(zone));
    }

    [Test]
    public void Every_nautical_zone_exists_in_tzdb_with_the_offset_of_its_longitude()
    {
        for (var hours = -12; hours <= 12; hours++)
        {
            var zone = DateTimeZoneProviders.Tzdb[NauticalZone.ForLongitude(15 * hours)];
            Assert.That(zone.GetUtcOffset(Instant.FromUtc(2026, 1, 15, 12, 0)), Is.EqualTo(Offset.FromHours(hours)), zone.Id);
        }
    }
}
