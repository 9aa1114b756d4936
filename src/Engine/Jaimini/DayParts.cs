namespace Jyotishika.Engine.Jaimini;

/// <summary>
/// The eight equal parts of the day (sunrise to sunset) or night (sunset to the next sunrise) and their lords (BPHS ch. 3;
/// Narasimha Rao ch. 4.3): by day the first part is the weekday lord's, by night the lord's of the fifth weekday from it;
/// the others follow in weekday order, and the eighth has no lord.
/// </summary>
internal readonly record struct DayParts(double Start, double PartLength, int FirstLordWeekday)
{
    private const int PartCount = 8;
    private const int FifthWeekdayOffset = 4;

    /// <summary>The day's parts for a birth before sunset, else the night's.</summary>
    internal static DayParts Of(SolarDay day, double birth) =>
        birth < day.Sunset
            ? new DayParts(day.Sunrise, (day.Sunset - day.Sunrise) / PartCount, day.Weekday)
            : new DayParts(day.Sunset, (day.NextSunrise - day.Sunset) / PartCount, (day.Weekday + FifthWeekdayOffset) % 7);

    /// <summary>The instant (Julian day) of a graha's part, for one of the seven weekday lords.</summary>
    internal double Instant(Graha lord, UpagrahaMoment moment)
    {
        var part = (WeekdayOf(lord) - FirstLordWeekday + 7) % 7;
        return Start + (part + (moment == UpagrahaMoment.PartMiddle ? 0.5 : 0)) * PartLength;
    }

    // Graha runs Sun … Saturn = 1 … 7, the weekday order from Sunday.
    private static int WeekdayOf(Graha lord) => (int)lord - 1;
}
