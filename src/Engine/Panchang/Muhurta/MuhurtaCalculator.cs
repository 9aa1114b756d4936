using Jyotishika.Engine.Native;

namespace Jyotishika.Engine.Panchang.Muhurta;

/// <summary>
/// The native muhurta computation, whole inside one pool job: sunrise, sunset and the next sunrise first, then the
/// sidereal mode is set and the nakshatras of the day are found with nothing awaited in between.
/// </summary>
internal static class MuhurtaCalculator
{
    // Past a nakshatra's end by this much (≈0.9 s) the next one is certainly in force.
    private const double PastBoundary = 1e-5;

    internal static DayMuhurtas? Compute(EphemerisSession session, PanchangInput input, MuhurtaOptions options)
    {
        var dayStart = JulianDay.FromUtc(input.Date.AtStartOfDayInZone(input.Zone).ToDateTimeUtc());
        var dayEnd = JulianDay.FromUtc(input.Date.PlusDays(1).AtStartOfDayInZone(input.Zone).ToDateTimeUtc());
        var convention = input.Rise == RiseConvention.HinduDiscCentre ? SwissEph.HinduRising : 0;

        double? Next(int kind, double from) =>
            session.NextRiseOrSet(from, SwissEph.BodySun, kind | convention, input.Latitude, input.Longitude);

        // The panchang day is the one whose sunrise falls on the local date; without a sunrise, a sunset after it and
        // the next sunrise there are no day and night halves to divide (polar day or night).
        if (Next(SwissEph.CalcRise, dayStart) is not { } sunrise || sunrise >= dayEnd
            || Next(SwissEph.CalcSet, sunrise) is not { } sunset || Next(SwissEph.CalcRise, sunset) is not { } nextSunrise)
        {
            return null;
        }

        var vaara = (Vaara)((int)input.Date.DayOfWeek % 7);
        var day = new Half(sunrise, sunset);
        var night = new Half(sunset, nextSunrise);

        ChartCalculator.SetSiderealMode(session, input.Settings);
        var angas = new AngaFinder(session, input.Settings);
        return new DayMuhurtas(
            input.Date,
            vaara,
            input.Rise,
            JulianDay.ToUtc(sunrise),
            JulianDay.ToUtc(sunset),
            JulianDay.ToUtc(nextSunrise),
            Horas(vaara, day, night),
            Choghadiyas(vaara, day, night, options.CharQuality),
            Gowri(vaara, day),
            Durmuhurtas(vaara, day, night, options.Durmuhurta),
            Nakshatras(angas, sunrise, nextSunrise, options.MulaVarjyam),
            // Brahma muhurta is the 14th of the night's fifteen muhurtas, the one ending a muhurta before sunrise.
            night.Part(13, DurmuhurtaMuhurtas.MuhurtasPerHalf),
            Godhuli(day, night),
            Vijaya(day, options.Vijaya),
            // Nishita is the 8th night muhurta, the one centred on the midpoint of the night.
            night.Part(7, DurmuhurtaMuhurtas.MuhurtasPerHalf));
    }

    private static List<Hora> Horas(Vaara vaara, Half day, Half night)
    {
        var horas = new List<Hora>(2 * HoraOrder.HorasPerHalf);
        for (var hora = 0; hora < 2 * HoraOrder.HorasPerHalf; hora++)
        {
            var (half, part) = hora < HoraOrder.HorasPerHalf ? (day, DayPart.Day) : (night, DayPart.Night);
            var range = half.Part(hora % HoraOrder.HorasPerHalf, HoraOrder.HorasPerHalf);
            horas.Add(new Hora(hora + 1, HoraOrder.Lord(vaara, hora), part, range.Start, range.End));
        }

        return horas;
    }

    private static List<Choghadiya> Choghadiyas(Vaara vaara, Half day, Half night, PeriodQuality charQuality)
    {
        var list = new List<Choghadiya>(2 * ChoghadiyaTable.PartsPerHalf);
        foreach (var (half, part) in new[] { (day, DayPart.Day), (night, DayPart.Night) })
        {
            for (var index = 0; index < ChoghadiyaTable.PartsPerHalf; index++)
            {
                var name = ChoghadiyaTable.Name(vaara, part, index);
                var range = half.Part(index, ChoghadiyaTable.PartsPerHalf);
                list.Add(new Choghadiya(index + 1, name, ChoghadiyaTable.Quality(name, charQuality), part, range.Start, range.End));
            }
        }

        return list;
    }

    private static List<GowriPeriod> Gowri(Vaara vaara, Half day)
    {
        var list = new List<GowriPeriod>(GowriTable.Parts);
        for (var part = 1; part <= GowriTable.Parts; part++)
        {
            var name = GowriTable.DayName(vaara, part);
            var range = day.Part(part - 1, GowriTable.Parts);
            list.Add(new GowriPeriod(part, name, GowriTable.Quality(name), DayPart.Day, range.Start, range.End));
        }

        return list;
    }

    private static List<Durmuhurta> Durmuhurtas(Vaara vaara, Half day, Half night, DurmuhurtaTable table) =>
        DurmuhurtaMuhurtas.Of(vaara, table)
            .Select(d =>
            {
                var range = (d.Part == DayPart.Day ? day : night).Part(d.Muhurta - 1, DurmuhurtaMuhurtas.MuhurtasPerHalf);
                return new Durmuhurta(d.Muhurta, d.Part, range.Start, range.End);
            })
            .ToList();

    private static List<NakshatraWindows> Nakshatras(AngaFinder angas, double sunrise, double nextSunrise, MulaVarjyam mula)
    {
        var list = new List<NakshatraWindows>(3);
        var at = sunrise;
        while (at < nextSunrise)
        {
            var nakshatra = angas.Nakshatra(at);
            var span = new Half(JulianDay.FromUtc(nakshatra.Start), JulianDay.FromUtc(nakshatra.End));
            var varjyam = NakshatraGhatis.Varjyam(nakshatra.Number, mula).Select(span.Ghatis).ToList();
            list.Add(new NakshatraWindows(nakshatra, varjyam, span.Ghatis(NakshatraGhatis.Amrita(nakshatra.Number))));
            at = span.End + PastBoundary;
        }

        return list;
    }

    /// <summary>
    /// A quarter of a daytime muhurta before sunset to a quarter of a night muhurta after it (day/60 and night/60):
    /// PyJHora's drik.godhuli_muhurtha. Drik Panchang prints a longer window (about 3 min before to 24 min after
    /// sunset at New Delhi in January) whose rule it does not state; it is not reproduced.
    /// </summary>
    private static TimeRange Godhuli(Half day, Half night) =>
        new(JulianDay.ToUtc(day.End - day.Length / 60), JulianDay.ToUtc(night.Start + night.Length / 60));

    private static TimeRange Vijaya(Half day, VijayaRule rule)
    {
        if (rule == VijayaRule.EleventhDayMuhurta)
        {
            return day.Part(10, DurmuhurtaMuhurtas.MuhurtasPerHalf);
        }

        var midday = (day.Start + day.End) / 2;
        var ghati = day.Length / 30;
        return new TimeRange(JulianDay.ToUtc(midday - ghati), JulianDay.ToUtc(midday + ghati));
    }

    /// <summary>A span of Julian days divided into equal parts.</summary>
    private readonly record struct Half(double Start, double End)
    {
        internal double Length => End - Start;

        internal TimeRange Part(int index, int parts) =>
            new(JulianDay.ToUtc(Start + index * Length / parts), JulianDay.ToUtc(Start + (index + 1) * Length / parts));

        /// <summary>Four ghatis from ghati <paramref name="start"/>, the span counting sixty.</summary>
        internal TimeRange Ghatis(int start) => new(
            JulianDay.ToUtc(Start + start * Length / NakshatraGhatis.Ghatis),
            JulianDay.ToUtc(Start + (start + NakshatraGhatis.Length) * Length / NakshatraGhatis.Ghatis));
    }
}
