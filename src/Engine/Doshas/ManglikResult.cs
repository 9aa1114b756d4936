namespace Jyotishika.Engine.Doshas;

/// <summary>The point Mars's house is counted from; the tradition reads all three and reports each.</summary>
public enum ManglikReference
{
    Ascendant = 1,
    Moon = 2,
    Venus = 3,
}

/// <summary>Mars counted from one reference.</summary>
/// <param name="Reference">What the houses are counted from.</param>
/// <param name="House">Mars's whole-sign house from the reference, 1–12.</param>
/// <param name="Present">Mars stands in one of the counted houses (before any exception).</param>
/// <param name="Exceptions">The exceptions that apply to this placement; empty when <paramref name="Present"/> is false.</param>
public sealed record ManglikPlacement(ManglikReference Reference, int House, bool Present, IReadOnlyList<CitedRule> Exceptions)
{
    /// <summary>Present and no exception applies.</summary>
    public bool PresentWithoutException => Present && Exceptions.Count == 0;
}

/// <summary>Manglik (Kuja) dosha of one chart: raw presence and exceptions per reference, never merged into a verdict.</summary>
public sealed record ManglikResult(IReadOnlyList<ManglikPlacement> Placements, ManglikOptions Options)
{
    /// <summary>Present from at least one reference, before exceptions.</summary>
    public bool Present => Placements.Any(placement => placement.Present);

    /// <summary>Present from at least one reference with no exception applying to that placement.</summary>
    public bool PresentWithoutException => Placements.Any(placement => placement.PresentWithoutException);

    public ManglikPlacement From(ManglikReference reference) => Placements.Single(placement => placement.Reference == reference);
}

/// <summary>Two partners' Manglik readings side by side, as matching reads them.</summary>
/// <param name="First">The first partner's reading.</param>
/// <param name="Second">The second partner's reading.</param>
/// <param name="MutualCancellation">
/// Both partners have the dosha (raw presence from any reference): the tradition holds that it then cancels (dosha
/// samya). The rule and its source are in <paramref name="MutualRule"/> when it applies.
/// </param>
/// <param name="MutualRule">The cited mutual-cancellation rule, when it applies.</param>
public sealed record ManglikPair(ManglikResult First, ManglikResult Second, bool MutualCancellation, CitedRule? MutualRule);
