using Jyotishika.Engine.Panchang;

namespace Jyotishika.Engine.Tests.Panchang;

/// <summary>
/// Rahu kalam, yamaganda and gulika kalam as almanacs print them for an ideal 06:00–18:00 day (e.g. Rahu kalam on
/// Monday 07:30–09:00), and the engine's periods against its own sunrise and sunset over a whole week.
/// </summary>
public sealed class DayPeriodTests
{
    private static readonly DateTime Six = new(2024, 1, 1, 6, 0, 0, DateTimeKind.Utc);

    // Sunday … Saturday, clock start of each 90-minute period on a 06:00–18:00 day.
    private static readonly string[] Rahu = ["16:30", "07:30", "15:00", "12:00", "13:30", "10:30", "09:00"];
    private static readonly string[] Yamaganda = ["12:00", "10:30", "09:00", "07:30", "06:00", "15:00", "13:30"];
    private static readonly string[] Gulika = ["15:00", "13:30", "12:00", "10:30", "09:00", "07:30", "06:00"];

    [Test]
    public void PeriodsOnAnIdealDayMatchTheAlmanacClockTimes()
    {
        var sunrise = 2460310.75; // 2024-01-01 06:00 UT
        var sunset = sunrise + 0.5;
        Assert.Multiple(() =>
        {
            for (var day = 0; day < 7; day++)
            {
                var periods = DayPeriodTable.Of((Vaara)day, sunrise, sunset);
                Expect(periods.RahuKalam, Rahu[day], $"Rahu {(Vaara)day}");
                Expect(periods.Yamaganda, Yamaganda[day], $"Yamaganda {(Vaara)day}");
                Expect(periods.GulikaKalam, Gulika[day], $"Gulika {(Vaara)day}");
                Assert.That(periods.AbhijitMuhurta.Start, Is.EqualTo(Six.AddMinutes(336)).Within(TimeSpan.FromMilliseconds(1)));
                Assert.That(periods.AbhijitMuhurta.End, Is.EqualTo(Six.AddMinutes(384)).Within(TimeSpan.FromMilliseconds(1)));
            }
        });
    }

    [Test]
    public async Task AWeekInDelhiDividesItsOwnDaytime()
    {
        for (var day = 7; day <= 13; day++) // 2024-04-07 was a Sunday
        {
            var result = await PanchangPool.Engine.ComputeAsync(Places.Delhi(2024, 4, day));
            var rise = result.Sunrise!.Value;
            var eighth = (result.Sunset!.Value - rise) / 8;
            var weekday = day - 7;
            Assert.Multiple(() =>
            {
                Assert.That(result.Vaara, Is.EqualTo((Vaara)weekday));
                var periods = result.Periods!;
                var rahuStart = TimeSpan.Parse(Rahu[weekday], System.Globalization.CultureInfo.InvariantCulture);
                var rahuPart = (rahuStart - TimeSpan.FromHours(6)) / TimeSpan.FromMinutes(90);
                Assert.That(periods.RahuKalam.Start, Is.EqualTo(rise + eighth * rahuPart).Within(TimeSpan.FromMilliseconds(1)));
                Assert.That(periods.RahuKalam.End, Is.EqualTo(rise + eighth * (rahuPart + 1)).Within(TimeSpan.FromMilliseconds(1)));
            });
        }
    }

    private static void Expect(TimeRange range, string clock, string what)
    {
        var start = Six.Date + TimeSpan.Parse(clock, System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(range.Start, Is.EqualTo(start).Within(TimeSpan.FromMilliseconds(1)), what);
        Assert.That(range.End, Is.EqualTo(start.AddMinutes(90)).Within(TimeSpan.FromMilliseconds(1)), what);
    }
}
