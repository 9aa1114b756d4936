namespace Jyotishika.Engine.Matching;

/// <summary>The ten poruthams of South Indian (Tamil) matching, in the order the manuals list them.</summary>
public enum Porutham
{
    Dina = 1,
    Gana = 2,
    Mahendra = 3,
    StreeDeergha = 4,
    Yoni = 5,
    Rasi = 6,
    RasiAdhipati = 7,
    Vasya = 8,
    Rajju = 9,
    Vedha = 10,
}

/// <summary>One porutham: whether it agrees, and the attributes it compared (for counts, each person's count to the other).</summary>
public sealed record PoruthamResult(Porutham Porutham, bool Agrees, string Bride, string Groom, string Relation)
{
    public string Name => Porutham.ToString();
}

/// <summary>
/// South Indian conventions that differ between sources. Defaults follow PyJHora's published South table where it keeps
/// one rule.
/// </summary>
/// <param name="StreeDeerghaMinimumCount">
/// The least count from the bride's star to the groom's for stree deergha; default 8 ("beyond the seventh", as PyJHora's
/// South table). Manuals that demand "beyond the thirteenth" use 14, which is also what PyJHora's North table flags.
/// </param>
/// <param name="RajjuSparedAcrossDirections">
/// Same rajju is no fault when one star climbs and the other descends (arohana/avarohana); default true, as PyJHora's South
/// table does for four of the five rajjus.
/// </param>
/// <param name="SerpentAndRatEnemies">
/// Yoni porutham also fails for serpent with rat, beyond the seven sworn-enemy pairs; default true, as PyJHora's South
/// table. No printed source is named here for the extra pair.
/// </param>
/// <param name="VasyaEitherWay">
/// Vasya agrees if either sign holds the other; default false: only the groom's sign held by the bride's, as PyJHora.
/// </param>
public sealed record PoruthamOptions(
    int StreeDeerghaMinimumCount = 8,
    bool RajjuSparedAcrossDirections = true,
    bool SerpentAndRatEnemies = true,
    bool VasyaEitherWay = false)
{
    public static PoruthamOptions Default { get; } = new();
}

/// <summary>The ten poruthams, how many agree, and the options used.</summary>
public sealed record PoruthamMatchResult(MoonStar Bride, MoonStar Groom, PoruthamOptions Options, IReadOnlyList<PoruthamResult> Poruthams)
{
    public const int MaxAgreements = 10;

    public int Agreements => Poruthams.Count(porutham => porutham.Agrees);

    public PoruthamResult this[Porutham porutham] => Poruthams[(int)porutham - 1];
}
