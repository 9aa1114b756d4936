namespace Jyotishika.Engine.Panchang;

/// <summary>
/// Rahu kalam, yamaganda and gulika kalam: daytime (sunrise → sunset) divided in eight equal parts, the part (1–8) fixed
/// by the weekday. These are the tables printed in South Indian almanacs (the Rahu kalam mnemonic "Mother Saw Father
/// Wearing The Turban Suddenly" gives Mon 2, Sat 3, Fri 4, Wed 5, Thu 6, Tue 7, Sun 8). Abhijit muhurta is the 8th of
/// 15 daytime muhurtas, the one centred on local apparent noon.
/// </summary>
internal static class DayPeriodTable
{
    // Indexed by Vaara (Sunday = 0).
    private static readonly int[] RahuParts = [8, 2, 7, 5, 6, 4, 3];
    private static readonly int[] YamagandaParts = [5, 4, 3, 2, 1, 7, 6];
    private static readonly int[] GulikaParts = [7, 6, 5, 4, 3, 2, 1];

    internal static int RahuKalamPart(Vaara vaara) => RahuParts[(int)vaara];

    internal static int YamagandaPart(Vaara vaara) => YamagandaParts[(int)vaara];

    internal static int GulikaKalamPart(Vaara vaara) => GulikaParts[(int)vaara];

    internal static DayPeriods Of(Vaara vaara, double sunriseJd, double sunsetJd)
    {
        var eighth = (sunsetJd - sunriseJd) / 8;
        var muhurta = (sunsetJd - sunriseJd) / 15;
        return new DayPeriods(
            Part(sunriseJd, eighth, RahuParts[(int)vaara]),
            Part(sunriseJd, eighth, YamagandaParts[(int)vaara]),
            Part(sunriseJd, eighth, GulikaParts[(int)vaara]),
            Part(sunriseJd, muhurta, 8));
    }

    private static TimeRange Part(double startJd, double length, int part) =>
        new(JulianDay.ToUtc(startJd + (part - 1) * length), JulianDay.ToUtc(startJd + part * length));
}
