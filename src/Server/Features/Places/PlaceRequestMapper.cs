using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Features.Places;

/// <summary>A place search, validated: the name's start, how many answers, and an optional country.</summary>
public sealed record PlaceSearch(string Query, int Limit, string? CountryCode);

/// <summary>Validates PlaceService requests; every bad field is reported at once.</summary>
public static class PlaceRequestMapper
{
    public const int DefaultLimit = 10;
    public const int MaxLimit = 50;
    public const int MaxQueryLength = 100;

    public static PlaceSearch Map(Contract.SearchPlacesRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var violations = new RequestViolations();
        var query = request.Q?.Trim() ?? string.Empty;
        if (query.Length is 0 or > MaxQueryLength)
        {
            violations.Add("q", $"must be 1 to {MaxQueryLength} characters (the start of a place name)");
        }

        if (request.Limit is < 0 or > MaxLimit)
        {
            violations.Add("limit", $"must be from 1 to {MaxLimit} (default {DefaultLimit})");
        }

        // ISO 3166-1 alpha-2, as GeoNames stores it.
        var country = request.Country?.Trim().ToUpperInvariant() ?? string.Empty;
        if (country.Length != 0 && (country.Length != 2 || !country.All(char.IsAsciiLetterUpper)))
        {
            violations.Add("country", "must be an ISO 3166-1 alpha-2 code such as IN");
        }

        violations.ThrowIfAny();
        return new PlaceSearch(query, request.Limit == 0 ? DefaultLimit : request.Limit, country.Length == 0 ? null : country);
    }

    /// <summary>The point whose zone is asked for.</summary>
    public static (double Latitude, double Longitude) Map(Contract.LookupTimeZoneRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var violations = new RequestViolations();
        RequiredCoordinates.Check(request.HasLatitude, request.Latitude, request.HasLongitude, request.Longitude, violations);
        violations.ThrowIfAny();
        return (request.Latitude, request.Longitude);
    }
}
