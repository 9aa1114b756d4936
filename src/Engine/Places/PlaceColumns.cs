namespace Jyotishika.Engine.Places;

/// <summary>
/// The arrays behind a <see cref="PlaceTable"/>, one entry per place (file order). Names are one string, place i's
/// name running from NameStarts[i] to NameStarts[i + 1]; regions, countries and zones are numbers into their lists.
/// </summary>
internal sealed record PlaceColumns(
    long[] Ids,
    string Names,
    int[] NameStarts,
    double[] Latitudes,
    double[] Longitudes,
    long[] Populations,
    int[] RegionOf,
    string[] Regions,
    int[] CountryOf,
    string[] CountryCodes,
    string[] CountryNames,
    int[] ZoneOf,
    string[] Zones);
