using Jyotishika.Engine;
using Jyotishika.Engine.Doshas;
using Jyotishika.Engine.Matching;
using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Features.Matching;

/// <summary>An engine match to the contract's answer: every koota with what it compared, the doshas and the stars.</summary>
public static class MatchAnswers
{
    public static Contract.MatchResponse ToContract(MatchOutcome outcome, MatchPartner bride, MatchPartner groom, ManglikOptions manglik)
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
            Manglik = Manglik(bride, groom, manglik),
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

    /// <summary>Each partner's Manglik where a chart was given, and the mutual cancellation when both were.</summary>
    private static Contract.MatchManglik Manglik(MatchPartner bride, MatchPartner groom, ManglikOptions options)
    {
        var (ofBride, ofGroom) = (Read(bride), Read(groom));
        var answer = new Contract.MatchManglik
        {
            Bride = ofBride is null ? null : DoshaMapping.ToContract(ofBride),
            Groom = ofGroom is null ? null : DoshaMapping.ToContract(ofGroom),
        };
        if (ofBride is not null && ofGroom is not null && Engine.Doshas.Manglik.Compare(ofBride, ofGroom) is { MutualRule: { } rule })
        {
            answer.MutualCancellation = true;
            answer.MutualRule = DoshaMapping.ToContract(rule);
        }

        return answer;

        ManglikResult? Read(MatchPartner partner) => partner.Chart is null ? null : Engine.Doshas.Manglik.Assess(partner.Chart, options);
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
