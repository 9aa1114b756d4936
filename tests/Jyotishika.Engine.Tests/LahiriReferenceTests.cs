namespace Jyotishika.Engine.Tests;

/// <summary>
/// Lahiri against the values published in the Indian Astronomical Ephemeris, as quoted in the Swiss Ephemeris general
/// documentation, appendix E. The published figures carry 0.01″–0.001″ but the library's Lahiri is defined with the
/// IAU 1976 precession it was fixed with and differs from the IAE tables by up to ~0.14″, hence 0.2″.
/// </summary>
[TestFixture]
public sealed class LahiriReferenceTests
{
    private const double ToleranceArcseconds = 0.2;

    private static readonly ChartSettings Lahiri = new() { Ayanamsha = Ayanamsha.Lahiri };

    [TestCase(1956, 3, 21, 0.0, true, 23, 15, 0.658, 2435553.5, TestName = "Lahiri on 1956-03-21 0h TT (true) is 23°15'00.658\"")]
    [TestCase(2000, 1, 1, 12.0, false, 23, 51, 25.53, 2451545.0, TestName = "Lahiri on 2000-01-01 12h TT (mean) is 23°51'25.53\"")]
    [TestCase(2020, 1, 1, 12.0, false, 24, 8, 11.46, 2458850.0, TestName = "Lahiri on 2020-01-01 12h TT (mean) is 24°08'11.46\"")]
    [TestCase(1989, 1, 1, 0.0, false, 23, 42, 12.34, 2447527.5, TestName = "Lahiri on 1989-01-01 0h TT (mean) is 23°42'12.34\"")]
    public async Task Lahiri_matches_the_Indian_Astronomical_Ephemeris(
        int year, int month, int day, double hour, bool includeNutation, int degrees, int minutes, double seconds, double julianDay)
    {
        Assert.That(JulianDay(year, month, day, hour), Is.EqualTo(julianDay), "Julian day of the reference date");
        var published = degrees + minutes / 60.0 + seconds / 3600.0;

        var actual = await EnginePool.Engine.AyanamshaAsync(julianDay, Lahiri, includeNutation).ConfigureAwait(false);

        Assert.That((actual - published) * 3600, Is.EqualTo(0).Within(ToleranceArcseconds), "difference in arcseconds");
    }

    [Test]
    public async Task True_and_mean_Lahiri_differ_by_the_nutation_in_longitude_of_1956()
    {
        // Nutation in longitude on 1956-03-21 0h TT is +16.77″: 16.769″ by IAU 1980 (the 0.004658035° sweph.h subtracts
        // to define mean Lahiri), 16.777″ by the IAU 2000 series the library now uses.
        var trueValue = await EnginePool.Engine.AyanamshaAsync(2435553.5, Lahiri, includeNutation: true).ConfigureAwait(false);
        var meanValue = await EnginePool.Engine.AyanamshaAsync(2435553.5, Lahiri, includeNutation: false).ConfigureAwait(false);

        Assert.That((trueValue - meanValue) * 3600, Is.EqualTo(16.77).Within(0.02));
    }

    [Test]
    public async Task Vedanjanam_ayanamsha_is_Lahiri_plus_six_arcminutes()
    {
        var vedanjanam = new ChartSettings { Ayanamsha = Ayanamsha.Vedanjanam };
        foreach (var julianDay in new[] { 2378497.5, 2435553.5, 2451545.0, 2597641.0 })
        {
            var lahiri = await EnginePool.Engine.AyanamshaAsync(julianDay, Lahiri, includeNutation: true).ConfigureAwait(false);
            var shifted = await EnginePool.Engine.AyanamshaAsync(julianDay, vedanjanam, includeNutation: true).ConfigureAwait(false);
            Assert.That(shifted - lahiri, Is.EqualTo(0.1).Within(1e-12), $"JD {julianDay}");
        }
    }

    /// <summary>Julian day of a Gregorian calendar date and hour (Meeus, Astronomical Algorithms, ch. 7).</summary>
    private static double JulianDay(int year, int month, int day, double hour)
    {
        if (month <= 2)
        {
            year -= 1;
            month += 12;
        }

        var century = year / 100;
        var gregorian = 2 - century + century / 4;
        return Math.Floor(365.25 * (year + 4716)) + Math.Floor(30.6001 * (month + 1)) + day + hour / 24.0 + gregorian - 1524.5;
    }
}
