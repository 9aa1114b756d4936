namespace Jyotishika.Engine.Matching;

/// <summary>One candidate's Ashtakoota against the person being matched.</summary>
public sealed record RankedCandidate(MoonStar Candidate, AshtakootaResult Result);

public static class MatchRanking
{
    /// <summary>
    /// Matches <paramref name="person"/> (in <paramref name="role"/>) against every candidate, in the other role, and orders
    /// them by total points, highest first; ties keep the candidates' order (a stable sort), so the result is deterministic.
    /// </summary>
    public static IReadOnlyList<RankedCandidate> Rank(
        MoonStar person, MatchRole role, IEnumerable<MoonStar> candidates, AshtakootaOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        return candidates
            .Select(candidate => new RankedCandidate(
                candidate,
                role == MatchRole.Bride ? Ashtakoota.Match(person, candidate, options) : Ashtakoota.Match(candidate, person, options)))
            .OrderByDescending(ranked => ranked.Result.TotalPoints)
            .ToList();
    }
}
