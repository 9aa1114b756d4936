using System.Net;
using System.Text.Json;
using Grpc.Core;
using Jyotishika.Server.Tests.Infrastructure;
using Jyotishika.V1;

namespace Jyotishika.Server.Tests;

/// <summary>Place search and time-zone lookup over REST (GET with query parameters) and gRPC.</summary>
public sealed class PlaceEndpointTests
{
    [TestCase("pune")]
    [TestCase("Pune")]
    [TestCase("Puné")]
    [TestCase("PUNE")]
    public async Task Search_is_case_and_diacritics_insensitive(string query)
    {
        using var response = await ServerFixture.Rest.GetAsync(new Uri($"/v1/places?q={Uri.EscapeDataString(query)}&limit=5", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var places = json.RootElement.GetProperty("places");
        Assert.That(places.GetArrayLength(), Is.InRange(1, 5));
        var first = places[0];
        Assert.Multiple(() =>
        {
            Assert.That(first.GetProperty("name").GetString(), Is.EqualTo("Pune"));
            Assert.That(first.GetProperty("countryCode").GetString(), Is.EqualTo("IN"));
            Assert.That(first.GetProperty("timeZone").GetString(), Is.EqualTo("Asia/Kolkata"));
            var population = first.GetProperty("population");
            Assert.That(
                population.ValueKind == JsonValueKind.String ? long.Parse(population.GetString()!, System.Globalization.CultureInfo.InvariantCulture) : population.GetInt64(),
                Is.GreaterThan(1_000_000));
        });
    }

    [Test]
    public async Task Search_filters_by_country_over_grpc()
    {
        var client = new PlaceService.PlaceServiceClient(ServerFixture.Grpc);

        var response = await client.SearchPlacesAsync(new SearchPlacesRequest { Q = "par", Country = "FR", Limit = 3 });

        Assert.That(response.Places, Has.Count.EqualTo(3));
        Assert.That(response.Places.Select(p => p.CountryCode), Is.All.EqualTo("FR"));
        Assert.That(response.Places[0].Name, Is.EqualTo("Paris"));
    }

    [Test]
    public async Task Timezone_lookup_names_the_zone_and_the_place_it_came_from()
    {
        using var response = await ServerFixture.Rest.GetAsync(new Uri("/v1/timezone?latitude=27.0104&longitude=84.8774", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        // Birgunj, Nepal, a few kilometres from the Indian border: Nepal keeps UTC+05:45.
        Assert.That(json.RootElement.GetProperty("timeZone").GetString(), Is.EqualTo("Asia/Kathmandu"));
        Assert.That(json.RootElement.GetProperty("currentUtcOffsetSeconds").GetInt32(), Is.EqualTo(20700));
    }

    [TestCase("/v1/places", "q")]
    [TestCase("/v1/places?q=", "q")]
    [TestCase("/v1/places?q=pune&limit=500", "limit")]
    [TestCase("/v1/places?q=pune&limit=abc", "limit")]
    [TestCase("/v1/places?q=pune&country=India", "country")]
    [TestCase("/v1/places?q=pune&colour=red", "colour")]
    [TestCase("/v1/timezone?latitude=abc&longitude=10", "latitude")]
    [TestCase("/v1/timezone?latitude=95&longitude=10", "latitude")]
    [TestCase("/v1/timezone?latitude=10", "longitude")]
    [TestCase("/v1/timezone?latitude=10&longitude=10&longitude=11", "longitude")]
    public async Task Bad_parameters_are_400_naming_the_parameter(string path, string field)
    {
        using var response = await ServerFixture.Rest.GetAsync(new Uri(path, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), text);
        Assert.That(RestErrors.ViolatedFields(text), Does.Contain(field));
    }

    [Test]
    public void A_grpc_search_without_a_query_is_INVALID_ARGUMENT()
    {
        var client = new PlaceService.PlaceServiceClient(ServerFixture.Grpc);

        var error = Assert.ThrowsAsync<RpcException>(async () => await client.SearchPlacesAsync(new SearchPlacesRequest()))!;

        Assert.That(error.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
    }
}
