namespace Jyotishika.Engine.Matching;

/// <summary>The temperament (gana) of a nakshatra.</summary>
public enum Gana
{
    Deva = 1,
    Manushya = 2,
    Rakshasa = 3,
}

public static class Ganas
{
    // Nakshatras 1..27 (Muhurta Chintamani, Vivaha Prakarana, gana koota).
    private static readonly Gana[] ByNakshatra =
    [
        Gana.Deva, Gana.Manushya, Gana.Rakshasa, Gana.Manushya, Gana.Deva, Gana.Manushya, Gana.Deva, Gana.Deva, Gana.Rakshasa,
        Gana.Rakshasa, Gana.Manushya, Gana.Manushya, Gana.Deva, Gana.Rakshasa, Gana.Deva, Gana.Rakshasa, Gana.Deva, Gana.Rakshasa,
        Gana.Rakshasa, Gana.Manushya, Gana.Manushya, Gana.Deva, Gana.Rakshasa, Gana.Rakshasa, Gana.Manushya, Gana.Manushya, Gana.Deva,
    ];

    // Rows the groom's gana, columns the bride's: Deva, Manushya, Rakshasa. Sources differ on the mixed cells; these are the
    // values of the common North Indian table (and of PyJHora's published table): a Deva groom with a Manushya bride 5,
    // the reverse 6, a Deva groom with a Rakshasa bride 1, every other mixed pair 0.
    private static readonly int[,] Points =
    {
        { 6, 5, 1 },
        { 6, 6, 0 },
        { 0, 0, 6 },
    };

    public static Gana Of(int nakshatra) => ByNakshatra[nakshatra - 1];

    public static int Score(Gana groom, Gana bride) => Points[(int)groom - 1, (int)bride - 1];
}
