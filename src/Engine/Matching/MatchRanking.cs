namespace Jyotishika.Engine.Matching;

/// <summary>One candidate's match against the person being matched, with the candidate's place in the input.</summary>
public sealed record RankedCandidate(int Index, MoonStar Candidate, MatchOutcome Outcome);

public static class MatchRanking
{
    /// <summary>
    /// Matches <paramref name="person"/> (in <paramref name="role"/>) against every candidate, in the other role, and orders
    /// them by total points, highest first; ties keep the candidates' order (a stable sort), so the result is deterministic.
    /// </summary>
    public static IReadOnlyList<RankedCandidate> Rank(
        MoonStar person, MatchRole role, IEnumerable<MoonStar> candidates, MatchMethod method = MatchMethod.NorthAshtakoota,
        MatchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        return candidates
            .Select((candidate, index) => new RankedCandidate(
                index,
                candidate,
                role == MatchRole.Bride
                    ? KundliMatch.Match(person, candidate, method, options)
                    : KundliMatch.Match(candidate, person, method, options)))
            .OrderByDescending(ranked => ranked.Outcome.TotalPoints)
            .ToList();
    }
}
