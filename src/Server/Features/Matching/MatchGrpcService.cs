using Jyotishika.Engine.Matching;
using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Features.Matching;

/// <summary>MatchService: read both partners (or a person and candidates) and the conventions, match, map back.</summary>
public sealed class MatchGrpcService(MatchPartners partners) : Contract.MatchService.MatchServiceBase
{
    /// <summary>Most candidates one ranking takes.</summary>
    public const int MaxCandidates = 1_000;

    /// <summary>Longest candidate id echoed back.</summary>
    public const int MaxCandidateIdLength = 200;

    public override async Task<Contract.MatchResponse> ComputeMatch(Contract.MatchRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var violations = new RequestViolations();
        var method = MatchSettingsMapping.ToEngine(request.Method, violations);
        var conventions = MatchSettingsMapping.ToEngine(request.Settings, violations);
        var bride = await partners.ReadAsync(request.Bride, "bride", violations, context.CancellationToken).ConfigureAwait(false);
        var groom = await partners.ReadAsync(request.Groom, "groom", violations, context.CancellationToken).ConfigureAwait(false);
        violations.ThrowIfAny();

        var outcome = KundliMatch.Match(bride!.Star, groom!.Star, method, conventions.Match);
        var response = MatchAnswers.ToContract(outcome, bride, groom, conventions.Manglik);
        response.Settings = MatchSettingsMapping.ToContract(conventions);
        return response;
    }

    public override async Task<Contract.RankMatchesResponse> RankMatches(Contract.RankMatchesRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (ranked, method, settings) = await RankAsync(request, context.CancellationToken).ConfigureAwait(false);
        var response = new Contract.RankMatchesResponse { Method = method, Settings = settings };
        response.Matches.AddRange(ranked);
        return response;
    }

    public override async Task StreamRankMatches(
        Contract.RankMatchesRequest request, IServerStreamWriter<Contract.RankedMatch> responseStream, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(responseStream);
        ArgumentNullException.ThrowIfNull(context);
        var (ranked, _, settings) = await RankAsync(request, context.CancellationToken).ConfigureAwait(false);
        foreach (var match in ranked)
        {
            // A stream item stands alone, so it carries the conventions it was matched with.
            match.Match.Settings = settings;
            await responseStream.WriteAsync(match, context.CancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<(IReadOnlyList<Contract.RankedMatch> Ranked, Contract.MatchMethod Method, Contract.MatchSettings Settings)> RankAsync(
        Contract.RankMatchesRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var violations = new RequestViolations();
        var method = MatchSettingsMapping.ToEngine(request.Method, violations);
        var conventions = MatchSettingsMapping.ToEngine(request.Settings, violations);
        var role = request.Role switch
        {
            Contract.MatchRole.Bride => MatchRole.Bride,
            Contract.MatchRole.Groom => MatchRole.Groom,
            _ => violations.Refuse("role", "is required: BRIDE or GROOM (the person's role; the candidates take the other)", MatchRole.Bride),
        };
        if (request.Candidates.Count is 0 or > MaxCandidates)
        {
            violations.Add("candidates", $"must hold 1 … {MaxCandidates} candidates");
            violations.ThrowIfAny();
        }

        var person = await partners.ReadAsync(request.Person, "person", violations, cancellationToken).ConfigureAwait(false);
        var candidates = new List<MatchPartner?>(request.Candidates.Count);
        for (var index = 0; index < request.Candidates.Count; index++)
        {
            var candidate = request.Candidates[index];
            if (candidate.Id.Length > MaxCandidateIdLength)
            {
                violations.Add($"candidates[{index}].id", $"must be at most {MaxCandidateIdLength} characters");
            }

            candidates.Add(await partners.ReadAsync(candidate.Person, $"candidates[{index}].person", violations, cancellationToken).ConfigureAwait(false));
        }

        violations.ThrowIfAny();
        var ranked = MatchRanking.Rank(person!.Star, role, candidates.Select(candidate => candidate!.Star), method, conventions.Match);
        var answers = ranked.Select((entry, rank) =>
        {
            var candidate = candidates[entry.Index]!;
            var (bride, groom) = role == MatchRole.Bride ? (person, candidate) : (candidate, person);
            return new Contract.RankedMatch
            {
                Rank = rank + 1,
                Index = entry.Index,
                Id = request.Candidates[entry.Index].Id,
                Match = MatchAnswers.ToContract(entry.Outcome, bride, groom, conventions.Manglik),
            };
        }).ToList();
        return (answers, MatchSettingsMapping.ToContract(method), MatchSettingsMapping.ToContract(conventions));
    }
}
