using System.Runtime.CompilerServices;
using System.Text;

namespace Jyotishika.Engine.Places;

/// <summary>Collects places column by column while the data file is read. Used by one loader; not thread-safe.</summary>
internal sealed class PlaceTableBuilder
{
    private const int ExpectedPlaces = 200_000;

    private readonly List<long> ids = new(ExpectedPlaces);
    private readonly StringBuilder names = new(capacity: 12 * ExpectedPlaces);
    private readonly List<int> nameStarts = new(ExpectedPlaces + 1) { 0 };
    private readonly List<double> latitudes = new(ExpectedPlaces);
    private readonly List<double> longitudes = new(ExpectedPlaces);
    private readonly List<long> populations = new(ExpectedPlaces);
    private readonly List<int> regionOf = new(ExpectedPlaces);
    private readonly List<int> countryOf = new(ExpectedPlaces);
    private readonly List<int> zoneOf = new(ExpectedPlaces);
    private readonly DistinctStrings regions = new();
    private readonly DistinctStrings countryCodes = new();
    private readonly List<string> countryNames = [];
    private readonly DistinctStrings zones = new();

    public int Count => ids.Count;

    public void AddCountry(ReadOnlySpan<char> code, ReadOnlySpan<char> name)
    {
        if (countryCodes.NumberOf(code) == countryNames.Count)
        {
            countryNames.Add(name.ToString());
        }
    }

    /// <returns>False when the country code was not listed first.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // Called for every place at load.
    public bool TryAdd(
        long id, ReadOnlySpan<char> name, ReadOnlySpan<char> countryCode, ReadOnlySpan<char> region, double latitude,
        double longitude, long population, ReadOnlySpan<char> zone)
    {
        var country = countryCodes.NumberOf(countryCode);
        if (country >= countryNames.Count)
        {
            return false;
        }

        ids.Add(id);
        names.Append(name);
        nameStarts.Add(names.Length);
        latitudes.Add(latitude);
        longitudes.Add(longitude);
        populations.Add(population);
        regionOf.Add(regions.NumberOf(region));
        countryOf.Add(country);
        zoneOf.Add(zones.NumberOf(zone));
        return true;
    }

    public PlaceTable Build() => new(new PlaceColumns(
        Ids: [.. ids],
        Names: names.ToString(),
        NameStarts: [.. nameStarts],
        Latitudes: [.. latitudes],
        Longitudes: [.. longitudes],
        Populations: [.. populations],
        RegionOf: [.. regionOf],
        Regions: regions.ToArray(),
        CountryOf: [.. countryOf],
        CountryCodes: countryCodes.ToArray(),
        CountryNames: [.. countryNames],
        ZoneOf: [.. zoneOf],
        Zones: zones.ToArray()));
}
