using Google.Protobuf.WellKnownTypes;
using Jyotishika.Engine.Doshas;
using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Features.Doshas;

/// <summary>The engine's dosha results to the contract: flags, houses, grahas and cited rules as the engine found them.</summary>
public static class DoshaMapping
{
    public static Contract.DoshaRule ToContract(CitedRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new Contract.DoshaRule { Name = Engine.StableKeys.UpperSnake(rule.Name), Source = rule.Source };
    }

    public static Contract.ManglikDosha ToContract(ManglikResult manglik)
    {
        ArgumentNullException.ThrowIfNull(manglik);
        var contract = new Contract.ManglikDosha
        {
            Present = manglik.Present,
            PresentWithoutException = manglik.PresentWithoutException,
            Rule = ToContract(Manglik.Rule),
        };
        contract.Placements.AddRange(manglik.Placements.Select(placement =>
        {
            var from = new Contract.ManglikPlacement
            {
                Reference = (Contract.ManglikReference)(int)placement.Reference,
                House = placement.House,
                Present = placement.Present,
            };
            from.Exceptions.AddRange(placement.Exceptions.Select(ToContract));
            return from;
        }));
        return contract;
    }

    // The contract's enums are numbered as the engine's, NONE aside (the engine's 0, the contract's 1).
    public static Contract.KaalSarpDosha ToContract(KaalSarpResult kaalSarp)
    {
        ArgumentNullException.ThrowIfNull(kaalSarp);
        var contract = new Contract.KaalSarpDosha
        {
            Present = kaalSarp.Form != KaalSarpForm.None,
            Form = kaalSarp.Form switch
            {
                KaalSarpForm.Full => Contract.KaalSarpForm.Full,
                KaalSarpForm.Partial => Contract.KaalSarpForm.Partial,
                _ => Contract.KaalSarpForm.None,
            },
            RahuHouse = kaalSarp.RahuHouse,
            ByLongitude = kaalSarp.ByLongitude,
            Rule = ToContract(KaalSarp.Rule),
        };
        if (kaalSarp.Half is { } half)
        {
            contract.Half = (Contract.KaalSarpHalf)(int)half;
        }

        if (kaalSarp.Type is { } type)
        {
            contract.Type = (Contract.KaalSarpType)(int)type;
        }

        contract.Outside.AddRange(kaalSarp.Outside.Select(SettingsMapping.ToContract));
        contract.OnAxis.AddRange(kaalSarp.OnAxis.Select(SettingsMapping.ToContract));
        return contract;
    }

    public static Contract.GuruChandalaDosha ToContract(GuruChandalaResult guruChandala)
    {
        ArgumentNullException.ThrowIfNull(guruChandala);
        return new Contract.GuruChandalaDosha
        {
            Present = guruChandala.Present,
            WithRahu = guruChandala.WithRahu,
            WithKetu = guruChandala.WithKetu,
            Rule = ToContract(GuruChandala.Rule),
        };
    }

    public static Contract.PitraDosha ToContract(PitraDoshaResult pitra)
    {
        ArgumentNullException.ThrowIfNull(pitra);
        var contract = new Contract.PitraDosha { Present = pitra.Present };
        contract.Rules.AddRange(pitra.Rules.Select(ToContract));
        return contract;
    }

    /// <summary>The timeline, and with <paramref name="at"/> the interval in force then.</summary>
    public static Contract.SadeSatiTimeline ToContract(SadeSatiTimeline timeline, DateTime? at)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var contract = new Contract.SadeSatiTimeline
        {
            MoonSign = timeline.MoonSign,
            Start = Instant(timeline.Start),
            End = Instant(timeline.End),
            Rule = ToContract(SadeSati.Rule),
        };
        contract.Intervals.AddRange(timeline.Intervals.Select(ToContract));
        if (at is { } instant)
        {
            var current = timeline.At(instant);
            contract.At = Instant(instant);
            contract.Present = current?.IsSadeSati ?? false;
            contract.Current = current is null ? null : ToContract(current);
        }

        return contract;
    }

    private static Contract.SadeSatiInterval ToContract(SadeSatiInterval interval) => new()
    {
        Phase = (Contract.SadeSatiPhase)(int)interval.Phase,
        SaturnSign = interval.SaturnSign,
        Start = Instant(interval.Start),
        End = Instant(interval.End),
        ReEntry = interval.ReEntry,
        SadeSati = interval.IsSadeSati,
    };

    private static Timestamp Instant(DateTime utc) => Timestamp.FromDateTime(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
}
