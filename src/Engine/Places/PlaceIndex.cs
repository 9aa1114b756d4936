using System.Runtime.CompilerServices;

namespace Jyotishika.Engine.Places;

/// <summary>
/// The GeoNames populated places (cities500), searchable by name prefix and by proximity. Immutable once loaded, so
/// one instance serves any number of concurrent readers.
/// </summary>
public sealed class PlaceIndex
{
    private readonly PlaceTable table;
    private readonly int[] byRank;
    private readonly PrefixIndex names;
    private readonly SpatialGrid grid;
    private readonly TextFolder folder;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // Runs once per load.
    private PlaceIndex(PlaceFileContents contents)
    {
        table = contents.Places;
        folder = contents.Folder;

        // Rank = position in population order: search then picks the best matches by comparing integers.
        byRank = new int[table.Count];
        for (var i = 0; i < byRank.Length; i++)
        {
            byRank[i] = i;
        }

        Array.Sort(byRank, new PopulationOrder(table));
        var rankOf = new int[byRank.Length];
        for (var rank = 0; rank < byRank.Length; rank++)
        {
            rankOf[byRank[rank]] = rank;
        }

        names = new PrefixIndex(contents.Keys, rankOf);
        grid = new SpatialGrid(table);
    }

    /// <summary>Where builds put the data file: <c>places/places.tsv.gz</c> beside the binaries.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "places", "places.tsv.gz");

    public int Count => table.Count;

    /// <summary>Loads the gzip TSV written by scripts/build-places.sh.</summary>
    /// <exception cref="InvalidDataException">The file is not place data.</exception>
    public static PlaceIndex Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return new PlaceIndex(PlaceFileReader.Read(path));
    }

    /// <summary>The place nearest to a point by great-circle distance.</summary>
    /// <param name="latitude">Degrees north, finite, |latitude| ≤ 90.</param>
    /// <param name="longitude">Degrees east, finite, |longitude| ≤ 180.</param>
    public NearestPlace Nearest(double latitude, double longitude)
    {
        Span<Neighbour> nearest = stackalloc Neighbour[1];
        grid.FindNearest(latitude, longitude, excludeId: 0, double.PositiveInfinity, nearest);
        return ToNearestPlace(nearest[0]);
    }

    /// <summary>
    /// Places whose name or ASCII name starts with the query, ignoring case, diacritics and punctuation ("pune",
    /// "PUNE" and "Puné" all find Pune), most populous first, then by name.
    /// </summary>
    /// <param name="countryCode">ISO 3166-1 alpha-2 code to keep only that country's places; any case.</param>
    public IReadOnlyList<Place> Search(string query, int limit, string? countryCode = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var prefix = folder.Fold(query, keepTrailingSeparator: true);
        var country = countryCode is null ? -1 : table.CountryNumberOf(countryCode);
        if (prefix.Length == 0 || limit == 0 || (countryCode is not null && country < 0))
        {
            return [];
        }

        Func<int, bool>? inCountry = countryCode is null ? null : rank => table.CountryNumber(byRank[rank]) == country;
        return Array.ConvertAll(names.Smallest(prefix, limit, inCountry), rank => table[byRank[rank]]);
    }

    /// <summary>
    /// Up to <paramref name="nearest"/>.Length places nearest the point, nearest first, skipping the place with id
    /// <paramref name="excludeId"/> and stopping early once nothing unvisited lies within <paramref name="maxKm"/>.
    /// </summary>
    internal int FindNearest(double latitude, double longitude, long excludeId, double maxKm, Span<Neighbour> nearest) =>
        grid.FindNearest(latitude, longitude, excludeId, GreatCircle.KmToChordSquared(maxKm), nearest);

    internal string TimeZoneAt(int index) => table.TimeZone(index);

    internal NearestPlace ToNearestPlace(Neighbour neighbour) => new(table[neighbour.Index], neighbour.DistanceKm);

    /// <summary>Every place, in data-file order (for whole-data checks).</summary>
    internal IEnumerable<Place> All()
    {
        for (var i = 0; i < table.Count; i++)
        {
            yield return table[i];
        }
    }

    /// <summary>Largest population first, then name, then id: a total order, so ranks never depend on file order.</summary>
    private sealed class PopulationOrder(PlaceTable table) : IComparer<int>
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)] // Sorts 200,000 places once per load.
        public int Compare(int x, int y)
        {
            var byPopulation = table.Population(y).CompareTo(table.Population(x));
            if (byPopulation != 0)
            {
                return byPopulation;
            }

            var byName = table.Name(x).SequenceCompareTo(table.Name(y));
            return byName != 0 ? byName : table.GeoNameId(x).CompareTo(table.GeoNameId(y));
        }
    }
}
