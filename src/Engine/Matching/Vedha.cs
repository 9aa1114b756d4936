namespace Jyotishika.Engine.Matching;

/// <summary>Nakshatras that pierce (vedha) each other; a couple whose stars pierce fails vedha porutham.</summary>
public static class Vedha
{
    // The classical pairs (the vedha porutham table of Tamil matching manuals): Ashwini–Jyeshtha,
    // Bharani–Anuradha, Krittika–Vishakha, Rohini–Swati, Ardra–Shravana, Punarvasu–Uttara Ashadha, Pushya–Purva Ashadha,
    // Ashlesha–Mula, Magha–Revati, Purva Phalguni–Uttara Bhadrapada, Uttara Phalguni–Purva Bhadrapada, Hasta–Shatabhisha,
    // and Mrigashira, Chitra and Dhanishta each with the other two.
    private static readonly (int, int)[] Pairs =
    [
        (1, 18), (2, 17), (3, 16), (4, 15), (6, 22), (7, 21), (8, 20), (9, 19),
        (10, 27), (11, 26), (12, 25), (13, 24), (5, 14), (5, 23), (14, 23),
    ];

    public static bool Pierces(int nakshatra, int other) =>
        Pairs.Contains((Math.Min(nakshatra, other), Math.Max(nakshatra, other)));
}
