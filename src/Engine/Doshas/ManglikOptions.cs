namespace Jyotishika.Engine.Doshas;

/// <summary>Which houses from a reference count for Manglik (Kuja) dosha; the sources disagree on the 2nd.</summary>
public enum ManglikHouseSet
{
    /// <summary>1, 2, 4, 7, 8, 12: the set most matching tables use (the verse read both with lagna and with dhana).</summary>
    WithSecond = 1,

    /// <summary>1, 4, 7, 8, 12: the verse read with lagna only, as several North Indian sources use it.</summary>
    WithoutSecond = 2,
}

/// <summary>How Manglik dosha is read; every result carries the options it was read with.</summary>
public sealed record ManglikOptions
{
    public static ManglikOptions Default { get; } = new();

    /// <summary>Default <see cref="ManglikHouseSet.WithSecond"/>.</summary>
    public ManglikHouseSet Houses { get; init; } = ManglikHouseSet.WithSecond;

    /// <summary>The houses <see cref="Houses"/> names.</summary>
    public IReadOnlyList<int> HouseNumbers => Houses == ManglikHouseSet.WithoutSecond ? [1, 4, 7, 8, 12] : [1, 2, 4, 7, 8, 12];
}
