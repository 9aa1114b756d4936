using Jyotishika.Engine;
using Jyotishika.Engine.Matching;
using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Features.Matching;

/// <summary>An engine match to the contract's answer: every koota with what it compared, the doshas and the stars.</summary>
public static class MatchAnswers
{
    public static Contract.MatchResponse ToContract(MatchOutcome outcome, MatchPartner bride, MatchPartner groom)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(bride);
        ArgumentNullException.ThrowIfNull(groom);
        var response = new Contract.MatchResponse
        {
            TotalPoints = outcome.TotalPoints,
            MaxPoints = outcome.MaxPoints,
            Method = MatchSettingsMapping.ToContract(outcome.Method),
            BrideStar = Star(bride.Star),
            GroomStar = Star(groom.Star),
            BrideChartSettings = bride.ChartSettings,
            GroomChartSettings = groom.ChartSettings,
        };
        if (outcome.North is { } north)
        {
            response.Kootas.AddRange(north.Kootas.Select(koota => new Contract.KootaScore
            {
                Name = StableKeys.UpperSnake(koota.Koota),
                Points = koota.Points,
                MaxPoints = koota.MaxPoints,
                Bride = koota.Bride,
                Groom = koota.Groom,
                Relation = koota.Relation,
            }));
            response.Doshas.AddRange(north.Doshas.Select(Dosha));
        }
        else
        {
            response.Kootas.AddRange(outcome.South!.Poruthams.Select(porutham => new Contract.KootaScore
            {
                Name = StableKeys.UpperSnake(porutham.Porutham),
                Points = porutham.Agrees ? 1 : 0,
                MaxPoints = 1,
                Bride = porutham.Bride,
                Groom = porutham.Groom,
                Relation = porutham.Relation,
                Agrees = porutham.Agrees,
            }));
        }

        return response;
    }

    private static Contract.MatchStar Star(MoonStar star) => new()
    {
        Nakshatra = star.Nakshatra, Pada = star.Pada, NakshatraName = star.NakshatraName, Sign = star.Sign,
    };

    private static Contract.MatchDosha Dosha(MatchingDosha dosha)
    {
        var answer = new Contract.MatchDosha { Kind = StableKeys.UpperSnake(dosha.Kind), Cancelled = dosha.IsCancelled };
        answer.Exceptions.AddRange(dosha.Cancellations.Select(cancellation => new Contract.MatchDoshaException
        {
            Name = StableKeys.UpperSnake(cancellation.Exception), Description = cancellation.Name, Source = cancellation.Source,
        }));
        return answer;
    }
}
