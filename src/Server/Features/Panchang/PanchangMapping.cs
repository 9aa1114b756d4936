using Google.Protobuf.WellKnownTypes;
using Jyotishika.Engine.Panchang;
using NodaTime.Text;
using Contract = Jyotishika.V1;
using EngineTimeSource = Jyotishika.Engine.Time.TimeSource;

namespace Jyotishika.Server.Features.Panchang;

/// <summary>Engine panchang to contract response.</summary>
public static class PanchangMapping
{
    public static Contract.PanchangResponse ToContract(DailyPanchang panchang, string zoneId, EngineTimeSource source)
    {
        ArgumentNullException.ThrowIfNull(panchang);
        var response = new Contract.PanchangResponse
        {
            Date = LocalDatePattern.Iso.Format(panchang.Date),
            TimeZone = zoneId,
            TimeZoneSource = (Contract.TimeSource)(int)source,
            Sunrise = Instant(panchang.Sunrise),
            Sunset = Instant(panchang.Sunset),
            Moonrise = Instant(panchang.Moonrise),
            Moonset = Instant(panchang.Moonset),
            ReferenceInstant = Timestamp.FromDateTime(panchang.ReferenceInstant),
            VaaraNumber = (int)panchang.Vaara,
            Vaara = panchang.Vaara.ToString(),
            Tithi = Anga(panchang.Tithi.Number, panchang.Tithi.Name, panchang.Tithi.Start, panchang.Tithi.End),
            Paksha = panchang.Tithi.Paksha.ToString(),
            Nakshatra = Anga(panchang.Nakshatra),
            Yoga = Anga(panchang.Yoga),
            Karana = Anga(panchang.Karana),
            LunarMonth = new Contract.LunarMonthInfo
            {
                AmantaNumber = panchang.Month.Amanta,
                AmantaName = panchang.Month.AmantaName,
                PurnimantaNumber = panchang.Month.Purnimanta,
                PurnimantaName = panchang.Month.PurnimantaName,
                Adhika = panchang.Month.IsAdhika,
                Kshaya = panchang.Month.IsKshaya,
                NewMoonStart = Timestamp.FromDateTime(panchang.Month.NewMoonStart),
                NewMoonEnd = Timestamp.FromDateTime(panchang.Month.NewMoonEnd),
            },
        };
        if (panchang.Periods is { } periods)
        {
            response.RahuKalam = Span(periods.RahuKalam);
            response.Yamaganda = Span(periods.Yamaganda);
            response.GulikaKalam = Span(periods.GulikaKalam);
            response.AbhijitMuhurta = Span(periods.AbhijitMuhurta);
        }

        return response;
    }

    private static Timestamp? Instant(DateTime? value) => value is { } instant ? Timestamp.FromDateTime(instant) : null;

    private static Contract.Anga Anga(Engine.Panchang.Anga anga) => Anga(anga.Number, anga.Name, anga.Start, anga.End);

    private static Contract.Anga Anga(int number, string name, DateTime start, DateTime end) => new()
    {
        Number = number,
        Name = name,
        Start = Timestamp.FromDateTime(start),
        End = Timestamp.FromDateTime(end),
    };

    private static Contract.TimeWindow Span(TimeRange range) => new()
    {
        Start = Timestamp.FromDateTime(range.Start),
        End = Timestamp.FromDateTime(range.End),
    };
}
