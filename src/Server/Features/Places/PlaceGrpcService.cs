using Jyotishika.Engine.Places;
using Jyotishika.V1;
using NodaTime;

namespace Jyotishika.Server.Features.Places;

/// <summary>PlaceService: offline place search and time-zone lookup over the bundled GeoNames data.</summary>
public sealed class PlaceGrpcService(PlaceIndex places, TimeZoneLocator locator, IDateTimeZoneProvider zones, TimeProvider time)
    : PlaceService.PlaceServiceBase
{
    public override Task<SearchPlacesResponse> SearchPlaces(SearchPlacesRequest request, ServerCallContext context)
    {
        var search = PlaceRequestMapper.Map(request);
        var found = places.Search(search.Query, search.Limit, search.CountryCode);
        var response = new SearchPlacesResponse();
        response.Places.AddRange(found.Select(ToResult));
        return Task.FromResult(response);
    }

    public override Task<LookupTimeZoneResponse> LookupTimeZone(LookupTimeZoneRequest request, ServerCallContext context)
    {
        var (latitude, longitude) = PlaceRequestMapper.Map(request);
        var inference = locator.Infer(latitude, longitude);
        var now = Instant.FromDateTimeOffset(time.GetUtcNow());
        var response = new LookupTimeZoneResponse
        {
            TimeZone = inference.TimeZone,
            CurrentUtcOffsetSeconds = zones.GetZoneOrNull(inference.TimeZone)?.GetUtcOffset(now).Seconds ?? 0,
        };
        if (inference.Nearest is { } nearest)
        {
            response.NearestPlace = ToResult(nearest.Place);
            response.DistanceKm = nearest.DistanceKm;
        }

        return Task.FromResult(response);
    }

    private static PlaceResult ToResult(Place place) => new()
    {
        Name = place.Name,
        Region = place.Region,
        CountryCode = place.CountryCode,
        Country = place.Country,
        Latitude = place.Latitude,
        Longitude = place.Longitude,
        TimeZone = place.TimeZone,
        Population = place.Population,
        GeonameId = place.GeoNameId,
    };
}
