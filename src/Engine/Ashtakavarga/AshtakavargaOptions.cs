namespace Jyotishika.Engine.Ashtakavarga;

/// <summary>Conventions for <see cref="AshtakavargaCalculator"/>.</summary>
public sealed record AshtakavargaOptions
{
    /// <summary>The defaults: the sarvashtakavarga of the seven grahas (337 bindus).</summary>
    public static AshtakavargaOptions Default { get; } = new();

    /// <summary>
    /// Whether the sarvashtakavarga adds the ascendant's own bhinnashtakavarga (49 more bindus, 386 in all). Default false:
    /// BPHS ch. 66 and most authors total the seven grahas' tables only (337), which is what transit rules are read against.
    /// </summary>
    public bool SarvaIncludesAscendant { get; init; }
}
