using Jyotishika.Engine.Panchang;

namespace Jyotishika.Engine.Tests.Panchang;

/// <summary>Rise and set times against swetest (Swiss Ephemeris' own CLI), both conventions, within 1 second.</summary>
public sealed class RiseSetTests
{
    private static readonly TimeSpan Tolerance = TimeSpan.FromSeconds(1);

    [TestCaseSource(typeof(Places), nameof(Places.RiseCases))]
    public async Task UpperLimbMatchesSwetest(PanchangInput input) => await Compare(input, hindu: false);

    [TestCaseSource(typeof(Places), nameof(Places.RiseCases))]
    public async Task HinduDiscCentreMatchesSwetestHindu(PanchangInput input) =>
        await Compare(input with { Rise = RiseConvention.HinduDiscCentre }, hindu: true);

    [Test]
    public async Task PolarDayHasNoSunriseAndNoPeriodsButStillHasAngas()
    {
        var result = await PanchangPool.Engine.ComputeAsync(Places.At(2024, 6, 21, 69.6492, 18.9553, "Europe/Oslo"));
        Assert.Multiple(() =>
        {
            Assert.That(result.Sunrise, Is.Null);
            Assert.That(result.Sunset, Is.Null);
            Assert.That(result.Periods, Is.Null);
            var localMidnight = new DateTime(2024, 6, 20, 22, 0, 0, DateTimeKind.Utc);
            Assert.That(result.ReferenceInstant, Is.EqualTo(localMidnight).Within(TimeSpan.FromSeconds(1)));
            Assert.That(result.Tithi.Start, Is.LessThanOrEqualTo(result.ReferenceInstant));
            Assert.That(result.Tithi.End, Is.GreaterThan(result.ReferenceInstant));
        });
    }

    private static async Task Compare(PanchangInput input, bool hindu)
    {
        var result = await PanchangPool.Engine.ComputeAsync(input);
        var dayStart = input.Date.AtStartOfDayInZone(input.Zone).ToDateTimeUtc();
        var dayEnd = input.Date.PlusDays(1).AtStartOfDayInZone(input.Zone).ToDateTimeUtc();
        var startJd = 2451545.0 + (dayStart - new DateTime(2000, 1, 1, 12, 0, 0, DateTimeKind.Utc)).TotalDays;
        var sun = await SwetestRise.RunAsync(startJd, '0', input.Latitude, input.Longitude, hindu);
        var moon = await SwetestRise.RunAsync(startJd, '1', input.Latitude, input.Longitude, hindu);
        Assert.Multiple(() =>
        {
            Check("sunrise", result.Sunrise, sun.Rises, dayStart, dayEnd);
            Check("sunset", result.Sunset, sun.Sets, dayStart, dayEnd);
            Check("moonrise", result.Moonrise, moon.Rises, dayStart, dayEnd);
            Check("moonset", result.Moonset, moon.Sets, dayStart, dayEnd);
        });
    }

    /// <summary>The first event swetest finds after local midnight, if before the next midnight, else none.</summary>
    private static void Check(string what, DateTime? actual, List<DateTime> reference, DateTime dayStart, DateTime dayEnd)
    {
        var expected = reference.Where(t => t >= dayStart).Order().Cast<DateTime?>().FirstOrDefault();
        if (expected is { } e && e < dayEnd)
        {
            Assert.That(actual, Is.EqualTo(e).Within(Tolerance), what);
        }
        else
        {
            Assert.That(actual, Is.Null, $"{what}: swetest finds none that day");
        }
    }
}
