namespace Jyotishika.Engine.Matching;

/// <summary>The two matching methods.</summary>
public enum MatchMethod
{
    /// <summary>Eight kootas, 36 points (<see cref="Ashtakoota"/>).</summary>
    NorthAshtakoota = 1,

    /// <summary>Ten poruthams, one point each when it agrees (<see cref="Poruthams"/>).</summary>
    SouthPorutham = 2,
}

/// <summary>The conventions of both methods; the one not used is echoed unchanged.</summary>
public sealed record MatchOptions(AshtakootaOptions North, PoruthamOptions South)
{
    public static MatchOptions Default { get; } = new(AshtakootaOptions.Default, PoruthamOptions.Default);
}

/// <summary>One match by either method: exactly one of <paramref name="North"/> and <paramref name="South"/> is set.</summary>
public sealed record MatchOutcome(MatchMethod Method, AshtakootaResult? North, PoruthamMatchResult? South)
{
    /// <summary>The kootas' raw points (South: the poruthams that agree).</summary>
    public double TotalPoints => North?.TotalPoints ?? South!.Agreements;

    public double MaxPoints => North is null ? PoruthamMatchResult.MaxAgreements : AshtakootaResult.MaxPoints;
}

/// <summary>Either method from the bride's and the groom's Moon stars, so callers pick the method as data.</summary>
public static class KundliMatch
{
    public static MatchOutcome Match(MoonStar bride, MoonStar groom, MatchMethod method, MatchOptions? options = null)
    {
        options ??= MatchOptions.Default;
        return method == MatchMethod.SouthPorutham
            ? new(method, null, Poruthams.Match(bride, groom, options.South))
            : new(method, Ashtakoota.Match(bride, groom, options.North), null);
    }
}
