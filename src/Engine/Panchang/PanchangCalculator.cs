using Jyotishika.Engine.Native;
using NodaTime;

namespace Jyotishika.Engine.Panchang;

/// <summary>
/// The native panchang computation. Runs whole inside one pool job: rise and set searches first, then the sidereal mode
/// is set and every position call follows with nothing awaited in between.
/// </summary>
internal static class PanchangCalculator
{
    internal static DailyPanchang Compute(EphemerisSession session, PanchangInput input)
    {
        var dayStart = JulianDay.FromUtc(input.Date.AtStartOfDayInZone(input.Zone).ToDateTimeUtc());
        var dayEnd = JulianDay.FromUtc(input.Date.PlusDays(1).AtStartOfDayInZone(input.Zone).ToDateTimeUtc());
        var convention = input.Rise == RiseConvention.HinduDiscCentre ? SwissEph.HinduRising : 0;

        double? Event(int body, int kind, double from) =>
            session.NextRiseOrSet(from, body, kind | convention, input.Latitude, input.Longitude) is { } jd && jd < dayEnd ? jd : null;

        var sunrise = Event(SwissEph.BodySun, SwissEph.CalcRise, dayStart);
        var sunset = Event(SwissEph.BodySun, SwissEph.CalcSet, dayStart);
        var moonrise = Event(SwissEph.BodyMoon, SwissEph.CalcRise, dayStart);
        var moonset = Event(SwissEph.BodyMoon, SwissEph.CalcSet, dayStart);

        // Daytime for the eighths runs to the first sunset after sunrise, which may fall after local midnight in the
        // far north; without either there is no daytime to divide.
        var daytimeEnd = sunrise is { } rise
            ? session.NextRiseOrSet(rise, SwissEph.BodySun, SwissEph.CalcSet | convention, input.Latitude, input.Longitude)
            : null;

        // The panchang day is named after the weekday on which its sunrise falls: the local date itself.
        var vaara = (Vaara)((int)input.Date.DayOfWeek % 7);
        var reference = sunrise ?? dayStart;

        ChartCalculator.SetSiderealMode(session, input.Settings);
        var angas = new AngaFinder(session, input.Settings);
        var tithi = angas.Tithi(reference);
        var periods = sunrise is { } start && daytimeEnd is { } end ? DayPeriodTable.Of(vaara, start, end) : null;
        return new DailyPanchang(
            input.Date,
            input.Rise,
            ToUtc(sunrise),
            ToUtc(sunset),
            ToUtc(moonrise),
            ToUtc(moonset),
            JulianDay.ToUtc(reference),
            vaara,
            tithi,
            angas.Nakshatra(reference),
            angas.Yoga(reference),
            angas.Karana(reference),
            periods,
            angas.Month(reference, tithi.Paksha));
    }

    private static DateTime? ToUtc(double? julianDay) => julianDay is { } jd ? JulianDay.ToUtc(jd) : null;
}
