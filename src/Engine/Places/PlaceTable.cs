namespace Jyotishika.Engine.Places;

/// <summary>
/// All places in columns rather than one object each: a handful of arrays instead of ~400,000 long-lived objects keeps
/// loading fast (the garbage collector has almost nothing to trace or promote) and the heap small. A
/// <see cref="Place"/> is made only for a result. Immutable; indexes are positions in the data file.
/// </summary>
internal sealed class PlaceTable(PlaceColumns columns)
{
    public int Count => columns.Ids.Length;

    public Place this[int index] => new(
        GeoNameId: columns.Ids[index],
        Name: Name(index).ToString(),
        Region: columns.Regions[columns.RegionOf[index]],
        CountryCode: columns.CountryCodes[columns.CountryOf[index]],
        Country: columns.CountryNames[columns.CountryOf[index]],
        Latitude: columns.Latitudes[index],
        Longitude: columns.Longitudes[index],
        TimeZone: TimeZone(index),
        Population: columns.Populations[index]);

    public long GeoNameId(int index) => columns.Ids[index];

    public double Latitude(int index) => columns.Latitudes[index];

    public double Longitude(int index) => columns.Longitudes[index];

    public long Population(int index) => columns.Populations[index];

    public ReadOnlySpan<char> Name(int index) =>
        columns.Names.AsSpan(columns.NameStarts[index], columns.NameStarts[index + 1] - columns.NameStarts[index]);

    public string TimeZone(int index) => columns.Zones[columns.ZoneOf[index]];

    public int CountryNumber(int index) => columns.CountryOf[index];

    /// <summary>The number of a country code (any case) as <see cref="CountryNumber"/> gives it, or -1 if no place has it.</summary>
    public int CountryNumberOf(string countryCode) =>
        Array.FindIndex(columns.CountryCodes, code => string.Equals(code, countryCode, StringComparison.OrdinalIgnoreCase));
}
