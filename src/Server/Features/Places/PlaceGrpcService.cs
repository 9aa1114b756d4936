using Grpc.Core;
using Jyotishika.Engine;
using Jyotishika.Engine.Places;
using Jyotishika.Server.Platform.Requests;
using Jyotishika.V1;
using NodaTime;

namespace Jyotishika.Server.Features.Places;

/// <summary>PlaceService: offline place search and time-zone lookup over the bundled GeoNames data.</summary>
public sealed class PlaceGrpcService(PlaceIndex places, TimeZoneLocator locator, IDateTimeZoneProvider zones, TimeProvider time)
    : PlaceService.PlaceServiceBase
{
    public const int DefaultLimit = 10;
    public const int MaxLimit = 50;
    public const int MaxQueryLength = 100;

    public override Task<SearchPlacesResponse> SearchPlaces(SearchPlacesRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        var violations = new List<InputViolation>();
        var query = request.Q?.Trim() ?? string.Empty;
        if (query.Length is 0 or > MaxQueryLength)
        {
            violations.Add(new("q", $"must be 1 to {MaxQueryLength} characters (the start of a place name)"));
        }

        if (request.Limit is < 0 or > MaxLimit)
        {
            violations.Add(new("limit", $"must be from 1 to {MaxLimit} (default {DefaultLimit})"));
        }

        var country = request.Country?.Trim().ToUpperInvariant() ?? string.Empty;
        if (country.Length != 0 && (country.Length != 2 || !country.All(char.IsAsciiLetterUpper)))
        {
            violations.Add(new("country", "must be an ISO 3166-1 alpha-2 code such as IN"));
        }

        if (violations.Count > 0)
        {
            throw new InvalidInputException(violations);
        }

        var found = places.Search(query, request.Limit == 0 ? DefaultLimit : request.Limit, country.Length == 0 ? null : country);
        var response = new SearchPlacesResponse();
        response.Places.AddRange(found.Select(ToResult));
        return Task.FromResult(response);
    }

    public override Task<LookupTimeZoneResponse> LookupTimeZone(LookupTimeZoneRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        var violations = new List<InputViolation>();
        RequiredCoordinates.Check(request.HasLatitude, request.Latitude, request.HasLongitude, request.Longitude, violations);
        if (violations.Count > 0)
        {
            throw new InvalidInputException(violations.DistinctBy(v => v.Field).ToList());
        }

        var inference = locator.Infer(request.Latitude, request.Longitude);
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
