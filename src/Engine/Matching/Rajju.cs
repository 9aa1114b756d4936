namespace Jyotishika.Engine.Matching;

/// <summary>The five rajjus (cords) of the body the nakshatras are laid along, feet to head.</summary>
public enum Rajju
{
    Pada = 1,
    Kati = 2,
    Nabhi = 3,
    Kantha = 4,
    Siro = 5,
}

public static class Rajjus
{
    // Each run of nine nakshatras climbs feet → head and comes down again: Pada, Kati, Nabhi, Kantha, Siro, Kantha, Nabhi,
    // Kati, Pada (the rajju porutham table of Tamil matching manuals).
    private static readonly Rajju[] Cycle =
        [Rajju.Pada, Rajju.Kati, Rajju.Nabhi, Rajju.Kantha, Rajju.Siro, Rajju.Kantha, Rajju.Nabhi, Rajju.Kati, Rajju.Pada];

    public static Rajju Of(int nakshatra) => Cycle[(nakshatra - 1) % 9];

    /// <summary>The first five of each run climb (arohana), the last four come down (avarohana).</summary>
    public static bool IsAscending(int nakshatra) => (nakshatra - 1) % 9 < 5;
}
