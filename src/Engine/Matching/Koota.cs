namespace Jyotishika.Engine.Matching;

/// <summary>The eight kootas of Ashtakoota, numbered by their maximum points (1 … 8, summing to 36).</summary>
public enum Koota
{
    Varna = 1,
    Vashya = 2,
    Tara = 3,
    Yoni = 4,
    GrahaMaitri = 5,
    Gana = 6,
    Bhakoot = 7,
    Nadi = 8,
}
