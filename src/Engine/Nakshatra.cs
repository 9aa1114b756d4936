namespace Jyotishika.Engine;

/// <summary>A lunar mansion of 13°20′ and the quarter (pada, 3°20′) a longitude falls in.</summary>
/// <param name="Number">1 (Ashwini) … 27 (Revati).</param>
/// <param name="Pada">1 … 4.</param>
public readonly record struct Nakshatra(int Number, int Pada)
{
    public const int Count = 27;

    public static IReadOnlyList<string> Names { get; } =
    [
        "Ashwini", "Bharani", "Krittika", "Rohini", "Mrigashira", "Ardra", "Punarvasu", "Pushya", "Ashlesha",
        "Magha", "Purva Phalguni", "Uttara Phalguni", "Hasta", "Chitra", "Swati", "Vishakha", "Anuradha", "Jyeshtha",
        "Mula", "Purva Ashadha", "Uttara Ashadha", "Shravana", "Dhanishta", "Shatabhisha", "Purva Bhadrapada",
        "Uttara Bhadrapada", "Revati",
    ];

    /// <summary>Vimshottari lords in nakshatra order: lord of nakshatra n (0-based) is this[n mod 9].</summary>
    public static IReadOnlyList<Graha> VimshottariLords { get; } =
    [
        Graha.Ketu, Graha.Venus, Graha.Sun, Graha.Moon, Graha.Mars, Graha.Rahu, Graha.Jupiter, Graha.Saturn, Graha.Mercury,
    ];

    public string Name => Names[Number - 1];

    public Graha Lord => VimshottariLords[(Number - 1) % 9];

    /// <summary>Uses exact scaling (L·27/360, L·108/360) on half-open intervals, so 13°20′ itself is Bharani pada 1.</summary>
    public static Nakshatra Of(double longitude)
    {
        var padaIndex = Arc.Segment(longitude, Count * 4);
        return new Nakshatra(padaIndex / 4 + 1, padaIndex % 4 + 1);
    }
}
