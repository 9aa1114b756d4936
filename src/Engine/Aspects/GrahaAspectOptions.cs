namespace Jyotishika.Engine.Aspects;

/// <summary>Conventions for <see cref="GrahaDrishti"/>.</summary>
public sealed record GrahaAspectOptions
{
    /// <summary>The defaults: nodes cast no aspect.</summary>
    public static GrahaAspectOptions Default { get; } = new();

    /// <summary>
    /// How Rahu and Ketu aspect. Default <see cref="NodeAspects.None"/>: it is what BPHS ch. 26 enumerates and what the
    /// engine's yoga and dosha rules already read, so a chart's aspects agree with them unless the caller asks otherwise.
    /// </summary>
    public NodeAspects Nodes { get; init; } = NodeAspects.None;
}
