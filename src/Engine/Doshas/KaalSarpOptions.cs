namespace Jyotishika.Engine.Doshas;

/// <summary>Where a graha standing on the nodal axis is put: the sources do not settle it.</summary>
public enum NodeAxisGraha
{
    /// <summary>It counts as inside the hemmed half (houses counted from Rahu to Ketu inclusive).</summary>
    Inside = 1,

    /// <summary>It counts as outside, so a chart with one such graha is at most partial.</summary>
    Outside = 2,
}

/// <summary>How Kaal Sarp is read; every result carries the options it was read with.</summary>
public sealed record KaalSarpOptions
{
    public static KaalSarpOptions Default { get; } = new();

    /// <summary>
    /// A graha on the axis: in a node's sign when signs are compared, at a node's exact longitude when longitudes are.
    /// Default <see cref="NodeAxisGraha.Inside"/>, the reading of charts drawn by house, where a graha sharing Rahu's
    /// house is drawn with it.
    /// </summary>
    public NodeAxisGraha OnAxis { get; init; } = NodeAxisGraha.Inside;

    /// <summary>
    /// Compare longitudes when the nodes' and all seven grahas' degrees are known (default true): a graha in a node's sign
    /// is then on the side its longitude puts it. With false, or without degrees, signs alone are compared.
    /// </summary>
    public bool UseLongitudes { get; init; } = true;
}
