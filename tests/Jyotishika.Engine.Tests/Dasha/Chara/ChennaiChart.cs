using Jyotishika.Engine.Dasha;

namespace Jyotishika.Engine.Tests.Dasha.Chara;

/// <summary>
/// PyJHora's test birth for its rasi dashas (pvr_tests.py chara_dhasa_test, moola_dhasa_test): Chennai 1996-12-07 10:34 IST,
/// its place 13.0878 N 80.2785 E, civil time read as UT and the mean sidereal year, as PyJHora computes.
/// </summary>
internal static class ChennaiChart
{
    public static readonly DateTime Birth = new(1996, 12, 7, 5, 4, 0, DateTimeKind.Utc);

    public static readonly TimeSpan Ist = TimeSpan.FromMinutes(330);

    public const DashaYearLength YearLength = DashaYearLength.MeanSidereal;

    public static Task<Chart> ComputeAsync()
    {
        var settings = ChartSettings.Default with { PositionType = PositionType.Geometric, TimeScale = TimeScale.UtcAsUt };
        return EnginePool.Engine.ComputeAsync(new ChartInput(Birth, 13.0878, 80.2785, settings));
    }

    /// <summary>An IST wall-clock time as PyJHora prints it ("2006-12-08 00:05:38 AM"), in UTC.</summary>
    public static DateTime FromIst(string printed) =>
        DateTime.SpecifyKind(
            DateTime.ParseExact(printed[..19], "yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) - Ist,
            DateTimeKind.Utc);
}
