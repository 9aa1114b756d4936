using Jyotishika.Engine.Native;
using NodaTime;

namespace Jyotishika.Engine.Panchang.Day;

/// <summary>
/// The native computation of a whole day. One pool job: both sunrises first, then the sidereal mode is set and every
/// position call follows with nothing awaited in between.
/// </summary>
internal static class PanchangDayCalculator
{
    private const double SynodicMonthDays = 29.530589;
    private const double SiderealYearDays = 365.256364;

    /// <summary>Shaka year 1 began in 78/79 CE: Gregorian year of the year's start − 78.</summary>
    private const int GregorianMinusShaka = 78;

    internal static PanchangDay Compute(EphemerisSession session, PanchangInput input, PanchangDayOptions options)
    {
        var (start, end) = Bounds(session, input);

        // As in the sunrise panchang, the day takes the weekday of its sunrise: the local date itself.
        var vaara = (Vaara)((int)input.Date.DayOfWeek % 7);

        ChartCalculator.SetSiderealMode(session, input.Settings);
        var angas = new AngaFinder(session, input.Settings);
        var tithis = angas.TithiSpans(start, end);
        var nakshatras = angas.NakshatraSpans(start, end);
        var moonSigns = angas.MoonSignSpans(start, end);
        var paksha = tithis[0].Number <= 15 ? Paksha.Shukla : Paksha.Krishna;
        var month = angas.Month(start, paksha);
        var siderealSun = angas.SiderealSunLongitude(start);
        var sunForAyana = options.Ayana == AyanaReckoning.TropicalSolstice ? angas.TropicalSunLongitude(start) : siderealSun;

        return new PanchangDay(
            input.Date,
            JulianDay.ToUtc(start),
            JulianDay.ToUtc(end),
            vaara,
            tithis,
            nakshatras,
            angas.NakshatraPadaSpans(start, end),
            angas.YogaSpans(start, end),
            angas.KaranaSpans(start, end),
            moonSigns,
            month,
            SamvatsaraRule.Of(ShakaYear(options.Samvatsara, month, start, siderealSun), options.Samvatsara),
            AyanaRule.Of(sunForAyana),
            RituRule.Solar(Zodiac.SignOf(siderealSun)),
            RituRule.Lunar(month.Amanta),
            DishaShool.Of(vaara),
            options.NatalNakshatra is { } natal ? [.. nakshatras.Select(n => TaraBalaRule.For(natal, n))] : null,
            options.NatalMoonSign is { } sign ? [.. moonSigns.Select(s => ChandraBalaRule.For(sign, s))] : null);
    }

    /// <summary>Sunrise of the date to the next sunrise; a local midnight stands in for a sunrise the day lacks (polar day or night).</summary>
    private static (double Start, double End) Bounds(EphemerisSession session, PanchangInput input)
    {
        var convention = input.Rise == RiseConvention.HinduDiscCentre ? SwissEph.HinduRising : 0;
        double Midnight(LocalDate date) => JulianDay.FromUtc(date.AtStartOfDayInZone(input.Zone).ToDateTimeUtc());
        double? Sunrise(LocalDate date) =>
            session.NextRiseOrSet(Midnight(date), SwissEph.BodySun, SwissEph.CalcRise | convention, input.Latitude, input.Longitude)
                is { } jd && jd < Midnight(date.PlusDays(1)) ? jd : null;

        var next = input.Date.PlusDays(1);
        return (Sunrise(input.Date) ?? Midnight(input.Date), Sunrise(next) ?? Midnight(next));
    }

    /// <summary>
    /// The Shaka year in force. The year's start is found by stepping back from the day to the start of Chaitra (whole mean
    /// lunations from the amanta month) or of Mesha (the Sun's sidereal longitude at its mean rate); either estimate stays
    /// within a month of the true start, which always falls in March–April, so its Gregorian year is exact.
    /// An adhika Chaitra opens the year, being the first lunation with the Sun in Meena at its new moon.
    /// </summary>
    private static int ShakaYear(SamvatsaraConvention convention, LunarMonth month, double start, double siderealSun)
    {
        var yearStart = convention == SamvatsaraConvention.SouthIndianSolar
            ? JulianDay.ToUtc(start - siderealSun / 360 * SiderealYearDays)
            : month.NewMoonStart.AddDays(-(month.Amanta - 1) * SynodicMonthDays);
        return yearStart.Year - GregorianMinusShaka;
    }
}
