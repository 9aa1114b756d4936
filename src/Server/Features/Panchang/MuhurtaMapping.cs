using Google.Protobuf.WellKnownTypes;
using Jyotishika.Engine;
using Jyotishika.Engine.Panchang;
using Jyotishika.Engine.Panchang.Muhurta;
using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Features.Panchang;

/// <summary>A muhurta request's day as a panchang request, its settings to the engine's options, and the day's periods back.</summary>
public static class MuhurtaMapping
{
    public static Contract.PanchangRequest AsPanchangRequest(Contract.MuhurtaRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var day = new Contract.PanchangRequest
        {
            Date = request.Date, Tz = request.Tz, Ayanamsha = request.Ayanamsha, UserAyanamsha = request.UserAyanamsha,
            Positions = request.Positions, RiseConvention = request.RiseConvention,
        };
        if (request.HasLatitude)
        {
            day.Latitude = request.Latitude;
        }

        if (request.HasLongitude)
        {
            day.Longitude = request.Longitude;
        }

        return day;
    }

    public static MuhurtaOptions ToEngine(Contract.MuhurtaSettings? settings, RequestViolations violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        var defaults = MuhurtaOptions.Default;
        if (settings is null)
        {
            return defaults;
        }

        return new MuhurtaOptions
        {
            Durmuhurta = violations.Choose((int)settings.Durmuhurta, defaults.Durmuhurta, "settings.durmuhurta", "CLASSICAL or KARANAM_RAMAKUMAR"),
            MulaVarjyam = violations.Choose((int)settings.MulaVarjyam, defaults.MulaVarjyam, "settings.mulaVarjyam", "BOTH or FIFTY_SIX_ONLY"),
            Vijaya = violations.Choose((int)settings.Vijaya, defaults.Vijaya, "settings.vijaya", "ELEVENTH_DAY_MUHURTA or AROUND_MIDDAY"),
            CharQuality = violations.Choose((int)settings.CharQuality, defaults.CharQuality, "settings.charQuality", "GOOD, NEUTRAL or BAD", 3),
        };
    }

    public static Contract.MuhurtaResponse ToContract(DayMuhurtas day, MuhurtaOptions options, string zone)
    {
        ArgumentNullException.ThrowIfNull(day);
        ArgumentNullException.ThrowIfNull(options);
        var response = new Contract.MuhurtaResponse
        {
            BrahmaMuhurta = Window(day.BrahmaMuhurta),
            Godhuli = Window(day.Godhuli),
            Vijaya = Window(day.Vijaya),
            Nishita = Window(day.Nishita),
            Sunrise = Timestamp.FromDateTime(day.Sunrise),
            Sunset = Timestamp.FromDateTime(day.Sunset),
            NextSunrise = Timestamp.FromDateTime(day.NextSunrise),
            Vaara = day.Vaara.ToString(),
            TimeZone = zone,
            RiseConvention = (Contract.RiseConvention)(int)day.Rise,
            Settings = new Contract.MuhurtaSettings
            {
                Durmuhurta = (Contract.DurmuhurtaTable)(int)options.Durmuhurta,
                MulaVarjyam = (Contract.MulaVarjyam)(int)options.MulaVarjyam,
                Vijaya = (Contract.VijayaRule)(int)options.Vijaya,
                CharQuality = (Contract.PeriodQuality)(int)options.CharQuality,
            },
        };
        response.Horas.AddRange(day.Horas.Select(hora => new Contract.Hora
        {
            Number = hora.Number, Lord = SettingsMapping.ToContract(hora.Lord), Part = StableKeys.UpperSnake(hora.Part),
            Start = Timestamp.FromDateTime(hora.Start), End = Timestamp.FromDateTime(hora.End),
        }));
        response.Choghadiyas.AddRange(day.Choghadiyas.Select(c => Period(c.Number, StableKeys.UpperSnake(c.Name), c.Quality, c.Part, c.Start, c.End)));
        response.Gowri.AddRange(day.Gowri.Select(g => Period(g.Number, StableKeys.UpperSnake(g.Name), g.Quality, g.Part, g.Start, g.End)));
        response.Durmuhurtas.AddRange(day.Durmuhurtas.Select(d => Period(d.Muhurta, "DURMUHURTA", PeriodQuality.Bad, d.Part, d.Start, d.End)));
        response.Nakshatras.AddRange(day.Nakshatras.Select(n =>
        {
            var windows = new Contract.NakshatraWindows
            {
                Nakshatra = new Contract.Anga
                {
                    Number = n.Nakshatra.Number, Name = n.Nakshatra.Name,
                    Start = Timestamp.FromDateTime(n.Nakshatra.Start), End = Timestamp.FromDateTime(n.Nakshatra.End),
                },
                AmritaKalam = Window(n.AmritaKalam),
            };
            windows.Varjyam.AddRange(n.Varjyam.Select(Window));
            return windows;
        }));
        return response;
    }

    private static Contract.MuhurtaPeriod Period(int number, string name, PeriodQuality quality, DayPart part, DateTime start, DateTime end) => new()
    {
        Number = number, Name = name, Quality = (Contract.PeriodQuality)(int)quality, Part = StableKeys.UpperSnake(part),
        Start = Timestamp.FromDateTime(start), End = Timestamp.FromDateTime(end),
    };

    private static Contract.TimeWindow Window(TimeRange range) =>
        new() { Start = Timestamp.FromDateTime(range.Start), End = Timestamp.FromDateTime(range.End) };
}
