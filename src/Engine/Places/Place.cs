namespace Jyotishika.Engine.Places;

/// <summary>A populated place from the GeoNames cities-500 data (CC BY 4.0).</summary>
/// <param name="Name">Name as GeoNames gives it, with its diacritics ("Puné" would stay "Puné").</param>
/// <param name="Region">First-level administrative division: its name where known, else its GeoNames admin1 code.</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2 code.</param>
/// <param name="Country">Country name in English.</param>
/// <param name="TimeZone">IANA zone id.</param>
public sealed record Place(
    long GeoNameId,
    string Name,
    string Region,
    string CountryCode,
    string Country,
    double Latitude,
    double Longitude,
    string TimeZone,
    long Population);

/// <summary>The place nearest to a point and its great-circle distance in kilometres.</summary>
public readonly record struct NearestPlace(Place Place, double DistanceKm);

/// <summary>How a zone was inferred from coordinates, for callers to audit.</summary>
/// <param name="TimeZone">IANA zone id (an Etc/GMT±n nautical zone at sea).</param>
/// <param name="Nearest">The nearest known place, when one was close enough to decide.</param>
public sealed record ZoneInference(string TimeZone, NearestPlace? Nearest);
