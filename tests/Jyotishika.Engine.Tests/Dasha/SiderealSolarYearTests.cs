using System.Globalization;
using Jyotishika.Engine.Dasha;

namespace Jyotishika.Engine.Tests.Dasha;

/// <summary>
/// The true sidereal year (PyJHora's default dasha year): both ends are the Sun's entry into sidereal Aries, checked with
/// swetest at the instants found, and they bracket the birth.
/// </summary>
public sealed class SiderealSolarYearTests
{
    [TestCase(1996, 12, 7, 5, 4, Ayanamsha.Lahiri)]
    [TestCase(1996, 12, 7, 5, 4, Ayanamsha.TruePushya)]
    [TestCase(1850, 4, 20, 12, 0, Ayanamsha.Lahiri)]
    public async Task Both_ends_are_the_suns_entry_into_sidereal_aries_as_swetest_gives_it(int year, int month, int day, int hour, int minute, Ayanamsha ayanamsha)
    {
        var birth = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Utc);
        var settings = ChartSettings.Default with { Ayanamsha = ayanamsha, TimeScale = TimeScale.UtcAsUt };
        var input = new ChartInput(birth, 13.0389, 80.2619, settings);

        var (previous, next) = await SiderealSolarYear.AriesEntriesAroundAsync(EnginePool.Engine, input);

        Assert.That(previous, Is.LessThanOrEqualTo(birth));
        Assert.That(next, Is.GreaterThan(birth));
        // A sidereal year is 365.2564 days on average; the Earth's orbit and nutation in the true ayanamsha move one by minutes.
        Assert.That((next - previous).TotalDays, Is.EqualTo(365.256364).Within(0.02));
        foreach (var instant in new[] { previous, next })
        {
            // With the civil time read as UT, the instant's Julian day UT is plain arithmetic.
            var julianDay = 2451545.0 + (instant - new DateTime(2000, 1, 1, 12, 0, 0, DateTimeKind.Utc)).TotalDays;
            var output = await SwetestRunner.RunAsync(SwetestRunner.Arguments(julianDay, settings, "0", geometric: false, house: null));
            var sun = output.Bodies.Values.Single().Longitude;
            // The instant is kept to 100 ns ticks: about 1e-9° of solar motion. 0.01″ is allowed for swetest's printing.
            Assert.That(Math.Min(sun, 360 - sun), Is.LessThan(0.01 / 3600), string.Create(CultureInfo.InvariantCulture, $"{instant:O}: {sun}"));
        }
    }
}
