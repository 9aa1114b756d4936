using Jyotishika.Engine.Dasha;

namespace Jyotishika.Engine.Tests.Dasha;

/// <summary>
/// Worked examples from P. V. R. Narasimha Rao, "Vedic Astrology: An Integrated Approach" (Sagar Publications):
/// the book gives the birth data, the dasha at birth and its balance in years, months and days (Lahiri ayanamsha).
/// The book rounds to whole days and does not state its year length, so the end of the birth dasha is allowed
/// 3 days either way (365.25 against 365.2564 days alone moves it ~0.2 day per 19 years).
/// </summary>
[TestFixture]
public sealed class PublishedDashaExamplesTests
{
    // Chapter 16.4, Example 50: 2000-04-28 05:50 at UTC−4, 13°00′ N 76°25′ W; Mars dasa, balance 2y 2m 29d.
    // Chapter 16.4, Example 53 (Chart 18): 1972-06-01 04:16 IST, 16°15′ N 81°12′ E; Sun dasa, balance 4y 8m 27d, as
    // PyJHora's own test of the book records it (pvr_tests.py, _vimsottari_test_3). The 4y 9m 4d of the transcription
    // used before was 7 days off the book, which explained the "6 days later" once noted here.
    // Not yet reproduced, and so not asserted: Example 58 (1912-08-08 19:38 IST, 13° N 77°35′ E, Mars dasa, 6y 10m 10d)
    // ends 6 days later in the book than here, as if the Moon stood ~2′ further back.
    [TestCase("2000-04-28T05:50:00-04:00", 13.0, -76.4166667, "Mars", 2, 2, 29)]
    [TestCase("1972-06-01T04:16:00+05:30", 16.25, 81.2, "Sun", 4, 8, 27)]
    public async Task Vimshottari_balance_at_birth_matches_the_book(
        string birth, double latitude, double longitude, string? lord, int years, int months, int days)
    {
        var instant = DateTimeOffset.Parse(birth, System.Globalization.CultureInfo.InvariantCulture);
        var chart = await EnginePool.Engine.ComputeAsync(new ChartInput(instant.UtcDateTime, latitude, longitude, ChartSettings.Default))
            .ConfigureAwait(false);
        var moon = chart.Grahas.Single(g => g.Graha == Graha.Moon).Longitude;

        var first = DashaCalculator.Periods(
            DashaScheme.Vimshottari, moon, instant.UtcDateTime, DashaYearLength.Julian, 1, instant.UtcDateTime, instant.UtcDateTime.AddDays(1)).Single();

        var bookEnd = instant.Date.AddYears(years).AddMonths(months).AddDays(days);
        var end = first.End.Add(instant.Offset).Date;
        if (lord is not null)
        {
            Assert.That(first.Lord.Name, Is.EqualTo(lord));
        }

        Assert.That(Math.Abs((end - bookEnd).TotalDays), Is.LessThanOrEqualTo(3), $"{first.Lord.Name} dasa ends {end:yyyy-MM-dd}, book {bookEnd:yyyy-MM-dd}");
    }

    // Chapter 16.4, Example 51: the same birth as Example 50 with Vimshottari started from the 4th (Kshema), 5th (Utpanna)
    // and 8th (Adhana) star from the Moon's: Saturn 6y 1m 5d, Mercury 5y 5m 14d, Sun 1y 11m 3d (as PyJHora's test of the
    // book records them, pvr_tests.py _vimsottari_test_1).
    [TestCase(StartingStar.Kshema, "Saturn", 6, 1, 5)]
    [TestCase(StartingStar.Utpanna, "Mercury", 5, 5, 14)]
    [TestCase(StartingStar.Adhana, "Sun", 1, 11, 3)]
    public async Task Vimshottari_from_another_starting_star_matches_the_book(StartingStar star, string lord, int years, int months, int days)
    {
        var instant = new DateTimeOffset(2000, 4, 28, 5, 50, 0, TimeSpan.FromHours(-4));
        var chart = await EnginePool.Engine.ComputeAsync(new ChartInput(instant.UtcDateTime, 13.0, -76.4166667, ChartSettings.Default))
            .ConfigureAwait(false);
        var moon = chart.Grahas.Single(g => g.Graha == Graha.Moon).Longitude;

        var first = DashaCalculator.Periods(
            DashaScheme.Vimshottari, star.EntryLongitude(moon), instant.UtcDateTime, DashaYearLength.Julian, 1, instant.UtcDateTime,
            instant.UtcDateTime.AddDays(1)).Single();

        var bookEnd = instant.Date.AddYears(years).AddMonths(months).AddDays(days);
        var end = first.End.Add(instant.Offset).Date;
        Assert.That(first.Lord.Name, Is.EqualTo(lord));
        Assert.That(Math.Abs((end - bookEnd).TotalDays), Is.LessThanOrEqualTo(3), $"{first.Lord.Name} dasa ends {end:yyyy-MM-dd}, book {bookEnd:yyyy-MM-dd}");
    }

    // Chapter 17.3, Example 61 (Chart 61, Indira Gandhi): 1917-11-19 23:03 IST, 25°28′ N 81°52′ E; the book reads the
    // Ashtottari Moon dasa as running 1980–1994.
    [Test]
    public async Task Ashtottari_moon_dasa_of_the_book_example_runs_1980_to_1994()
    {
        var instant = new DateTimeOffset(1917, 11, 19, 23, 3, 0, TimeSpan.FromMinutes(330));
        var chart = await EnginePool.Engine.ComputeAsync(new ChartInput(instant.UtcDateTime, 25 + 28.0 / 60, 81 + 52.0 / 60, ChartSettings.Default))
            .ConfigureAwait(false);
        var moon = chart.Grahas.Single(g => g.Graha == Graha.Moon).Longitude;

        var moonDasa = DashaCalculator.Periods(
                DashaScheme.Ashtottari, moon, instant.UtcDateTime, DashaYearLength.Julian, 1, instant.UtcDateTime, instant.UtcDateTime.AddYears(100))
            .Single(p => p.Lord.Name == "Moon" && p.Start.Year > 1950);

        Assert.That(moonDasa.Start.Year, Is.InRange(1979, 1980));
        Assert.That(moonDasa.End.Year, Is.InRange(1994, 1995));
    }
}
