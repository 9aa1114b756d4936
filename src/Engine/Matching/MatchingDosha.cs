namespace Jyotishika.Engine.Matching;

/// <summary>The kootas whose zero score is a dosha in its own right, not just lost points.</summary>
public enum MatchingDoshaKind
{
    Nadi = 1,
    Bhakoot = 2,
    Gana = 3,
}

/// <summary>The customary exceptions (parihara) to the matching doshas, each switchable in <see cref="DoshaCancellationRules"/>.</summary>
public enum DoshaException
{
    SameSignDifferentNakshatra = 1,
    SameNakshatraDifferentSign = 2,
    SameNakshatraDifferentPada = 3,
    SameSignLord = 4,
    FriendlySignLords = 5,
    BhakootFull = 6,
}

/// <summary>A named exception that cancels a dosha, with where the rule comes from.</summary>
public sealed record DoshaCancellation(DoshaException Exception, string Name, string Source);

/// <summary>
/// A dosha found in the match and the exceptions that apply to it. The koota's raw points are never changed by a
/// cancellation; whether a cancelled dosha restores points is the reader's call, so both facts are reported.
/// </summary>
public sealed record MatchingDosha(MatchingDoshaKind Kind, IReadOnlyList<DoshaCancellation> Cancellations)
{
    public bool IsCancelled => Cancellations.Count > 0;
}
