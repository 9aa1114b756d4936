using Google.Protobuf.WellKnownTypes;
using Jyotishika.Engine;
using Jyotishika.Engine.Panchang.Day;
using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Features.Panchang;

/// <summary>The whole-day listing's options from a panchang request, and the listing back.</summary>
public static class PanchangDayMapping
{
    public static PanchangDayOptions ToEngine(Contract.PanchangRequest request, RequestViolations violations)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(violations);
        if (request.HasNatalNakshatra && request.NatalNakshatra is < 1 or > Nakshatra.Count)
        {
            violations.Add("natalNakshatra", "must be from 1 (Ashwini) to 27 (Revati)");
        }

        if (request.HasNatalMoonSign && request.NatalMoonSign is < 0 or > 11)
        {
            violations.Add("natalMoonSign", "must be from 0 (Aries) to 11 (Pisces)");
        }

        return new PanchangDayOptions
        {
            Samvatsara = violations.Choose(
                (int)request.Samvatsara, SamvatsaraConvention.SouthIndianLunar, "samvatsara",
                "SOUTH_INDIAN_LUNAR, SOUTH_INDIAN_SOLAR or NORTH_INDIAN_JOVIAN", 3),
            Ayana = violations.Choose((int)request.Ayana, AyanaReckoning.SiderealSankranti, "ayana", "SIDEREAL_SANKRANTI or TROPICAL_SOLSTICE"),
            NatalNakshatra = request.HasNatalNakshatra && request.NatalNakshatra is >= 1 and <= Nakshatra.Count ? request.NatalNakshatra : null,
            NatalMoonSign = request.HasNatalMoonSign && request.NatalMoonSign is >= 0 and <= 11 ? request.NatalMoonSign : null,
        };
    }

    public static Contract.PanchangDay ToContract(PanchangDay day, PanchangDayOptions options)
    {
        ArgumentNullException.ThrowIfNull(day);
        ArgumentNullException.ThrowIfNull(options);
        var contract = new Contract.PanchangDay
        {
            Span = new Contract.TimeWindow { Start = Timestamp.FromDateTime(day.Start), End = Timestamp.FromDateTime(day.End) },
            SamvatsaraNumber = day.Samvatsara.Number,
            Samvatsara = day.Samvatsara.Name,
            ShakaYear = day.Samvatsara.ShakaYear,
            SamvatsaraConvention = (Contract.SamvatsaraConvention)(int)day.Samvatsara.Convention,
            Ayana = StableKeys.UpperSnake(day.Ayana),
            AyanaReckoning = (Contract.AyanaReckoning)(int)options.Ayana,
            SolarRitu = StableKeys.UpperSnake(day.SolarRitu),
            LunarRitu = StableKeys.UpperSnake(day.LunarRitu),
            DishaShool = StableKeys.UpperSnake(day.DishaShool),
        };
        contract.Tithis.AddRange(day.Tithis.Select(Span));
        contract.Nakshatras.AddRange(day.Nakshatras.Select(Span));
        contract.NakshatraPadas.AddRange(day.NakshatraPadas.Select(Span));
        contract.Yogas.AddRange(day.Yogas.Select(Span));
        contract.Karanas.AddRange(day.Karanas.Select(Span));
        contract.MoonSigns.AddRange(day.MoonSigns.Select(Span));
        contract.TaraBala.AddRange((day.TaraBala ?? []).Select(tara => new Contract.TaraBala
        {
            Nakshatra = tara.Nakshatra, Tara = tara.Tara, Name = tara.Name, Favourable = tara.IsFavourable,
            Start = Timestamp.FromDateTime(tara.Start), End = Timestamp.FromDateTime(tara.End),
        }));
        contract.ChandraBala.AddRange((day.ChandraBala ?? []).Select(chandra => new Contract.ChandraBala
        {
            MoonSign = chandra.MoonSign, House = chandra.House, Favourable = chandra.IsFavourable,
            Start = Timestamp.FromDateTime(chandra.Start), End = Timestamp.FromDateTime(chandra.End),
        }));
        return contract;
    }

    private static Contract.Anga Span(AngaSpan span) => new()
    {
        Number = span.Number, Name = span.Name, Start = Timestamp.FromDateTime(span.Start), End = Timestamp.FromDateTime(span.End),
    };
}
