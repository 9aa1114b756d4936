using System.Globalization;
using System.Text;
using Grpc.Core;
using Jyotishika.Server.Features.Places;
using Jyotishika.Server.Tests.Infrastructure;
using Jyotishika.V1;

namespace Jyotishika.Server.Tests.Unit.Places;

/// <summary>
/// PlaceService in process over the bundled GeoNames data. Coordinates and zones are published facts; the current
/// offset is read on a stopped clock, so daylight saving is known.
/// </summary>
public sealed class PlaceGrpcServiceTests
{
    private static readonly DateTimeOffset July2024 = new(2024, 7, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset January2024 = new(2024, 1, 15, 12, 0, 0, TimeSpan.Zero);

    private static PlaceGrpcService Service => InProcessServices.Create<PlaceGrpcService>();

    [Test]
    public async Task A_search_finds_Pune_in_India_with_its_zone()
    {
        var found = await InterceptedCall.UnaryAsync(Service.SearchPlaces, new SearchPlacesRequest { Q = "Pune", Country = "in" });

        var pune = found.Places.First();
        Assert.That((pune.Name, pune.Region, pune.CountryCode, pune.Country), Is.EqualTo(("Pune", "Maharashtra", "IN", "India")));
        Assert.That(pune.TimeZone, Is.EqualTo("Asia/Kolkata"));
        Assert.That(pune.Latitude, Is.EqualTo(18.52).Within(0.05));
        Assert.That(pune.Longitude, Is.EqualTo(73.86).Within(0.05));
        Assert.That(pune.GeonameId, Is.EqualTo(1259229), "GeoNames' id for Pune");
        Assert.That(found.Places.Select(p => p.CountryCode), Is.All.EqualTo("IN"));
    }

    [TestCase(0, 10)]
    [TestCase(3, 3)]
    [TestCase(50, 50)]
    public async Task A_search_answers_at_most_limit_places_and_ten_by_default(int limit, int most)
    {
        var found = await InterceptedCall.UnaryAsync(Service.SearchPlaces, new SearchPlacesRequest { Q = "San", Limit = limit });

        Assert.That(found.Places, Has.Count.InRange(1, most));
        Assert.That(found.Places.Select(p => Unaccented(p.Name)), Is.All.StartsWith("San"), "accents are ignored: Şanlıurfa, Sāngli");
    }

    [TestCase("", "q", "must be 1 to 100 characters (the start of a place name)")]
    [TestCase("   ", "q", "must be 1 to 100 characters (the start of a place name)")]
    public void An_empty_query_is_refused(string q, string field, string description)
    {
        var request = new SearchPlacesRequest { Q = q };

        var error = Assert.ThrowsAsync<RpcException>(() => InterceptedCall.UnaryAsync(Service.SearchPlaces, request))!;

        Assert.That(error.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
        Assert.That(error.Violations(), Is.EqualTo(new[] { (field, description) }));
    }

    [Test]
    public void A_query_of_101_characters_a_bad_limit_and_a_bad_country_are_refused_together()
    {
        var request = new SearchPlacesRequest { Q = new string('a', 101), Limit = 51, Country = "IND" };

        var error = Assert.ThrowsAsync<RpcException>(() => InterceptedCall.UnaryAsync(Service.SearchPlaces, request))!;

        Assert.That(error.Violations(), Is.EqualTo(new[]
        {
            ("q", "must be 1 to 100 characters (the start of a place name)"),
            ("limit", "must be from 1 to 50 (default 10)"),
            ("country", "must be an ISO 3166-1 alpha-2 code such as IN"),
        }));
    }

    [Test]
    public void A_negative_limit_is_refused()
    {
        var request = new SearchPlacesRequest { Q = "Pune", Limit = -1 };

        var error = Assert.ThrowsAsync<RpcException>(() => InterceptedCall.UnaryAsync(Service.SearchPlaces, request))!;

        Assert.That(error.ViolatedFields(), Is.EqualTo(new[] { "limit" }));
    }

    [Test]
    public async Task The_zone_of_Pune_is_Asia_Kolkata_at_UTC_plus_5_30_with_Pune_nearest()
    {
        var request = new LookupTimeZoneRequest { Latitude = 18.52, Longitude = 73.86 };

        var answer = await InterceptedCall.UnaryAsync(Service.LookupTimeZone, request);

        Assert.That(answer.TimeZone, Is.EqualTo("Asia/Kolkata"));
        Assert.That(answer.CurrentUtcOffsetSeconds, Is.EqualTo(19_800));
        Assert.That(answer.NearestPlace.Name, Is.EqualTo("Pune"));
        Assert.That(answer.DistanceKm, Is.LessThan(5));
    }

    [TestCase(true, -4)]
    [TestCase(false, -5)]
    public async Task The_current_offset_follows_daylight_saving_on_the_servers_clock(bool summer, int hours)
    {
        var service = InProcessServices.Create<PlaceGrpcService>(new FixedTimeProvider(summer ? July2024 : January2024));

        var request = new LookupTimeZoneRequest { Latitude = 40.7128, Longitude = -74.006 };

        var answer = await InterceptedCall.UnaryAsync(service.LookupTimeZone, request);

        // New York: EDT (UTC-4) in July, EST (UTC-5) in January.
        Assert.That(answer.TimeZone, Is.EqualTo("America/New_York"));
        Assert.That(answer.CurrentUtcOffsetSeconds, Is.EqualTo(hours * 3600));
    }

    [Test]
    public async Task Far_out_at_sea_the_zone_is_the_nautical_one_for_the_longitude()
    {
        var request = new LookupTimeZoneRequest { Latitude = -40, Longitude = -120 };

        var answer = await InterceptedCall.UnaryAsync(Service.LookupTimeZone, request);

        // 120° W is 8 hours behind UTC; the tz database writes that zone with the POSIX sign, Etc/GMT+8.
        Assert.That(answer.TimeZone, Is.EqualTo("Etc/GMT+8"));
        Assert.That(answer.CurrentUtcOffsetSeconds, Is.EqualTo(-8 * 3600));
        Assert.That(answer.NearestPlace, Is.Null);
    }

    [Test]
    public void Missing_coordinates_are_both_named()
    {
        var request = new LookupTimeZoneRequest();

        var error = Assert.ThrowsAsync<RpcException>(() => InterceptedCall.UnaryAsync(Service.LookupTimeZone, request))!;

        Assert.That(error.Violations(), Is.EqualTo(new[]
        {
            ("latitude", "is required (degrees, north positive, between -90 and 90)"),
            ("longitude", "is required (degrees, east positive, -180 to 180)"),
        }));
    }

    [Test]
    public void A_latitude_beyond_the_pole_is_refused()
    {
        var request = new LookupTimeZoneRequest { Latitude = 95, Longitude = 73.86 };

        var error = Assert.ThrowsAsync<RpcException>(() => InterceptedCall.UnaryAsync(Service.LookupTimeZone, request))!;

        Assert.That(error.ViolatedFields(), Is.EqualTo(new[] { "latitude" }));
    }

    /// <summary>The name without its combining marks, as the search compares names.</summary>
    private static string Unaccented(string name) =>
        string.Concat(name.Normalize(NormalizationForm.FormD)
            .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark));
}
