using Jyotishika.Engine.Dasha;

namespace Jyotishika.Engine.Tests.Dasha;

/// <summary>
/// Vimshottari against its classical rules (BPHS ch. 46): lords Ketu 7, Venus 20, Sun 6, Moon 10, Mars 7, Rahu 18,
/// Jupiter 16, Saturn 19, Mercury 17 years; the birth nakshatra's lord first, with the balance left by the Moon's
/// progress through the nakshatra; antardasha = MD years × AD years / 120, from the MD lord on.
/// </summary>
[TestFixture]
public sealed class VimshottariTests
{
    private const double JulianYear = 365.25;
    private static readonly DateTime Birth = new(1991, 3, 25, 4, 16, 0, DateTimeKind.Utc);

    [TestCase(0.0, "Ketu", 7.0)]
    [TestCase(40.0 / 6, "Ketu", 3.5)]
    [TestCase(40.0 / 3, "Venus", 20.0)]
    [TestCase(20.0, "Venus", 10.0)]
    [TestCase(95.41403914672406, "Saturn", 19 * (1 - (95.41403914672406 - 93 - 1.0 / 3) / (40.0 / 3)))]
    [TestCase(359.0, "Mercury", 17 * (1.0 / (40.0 / 3)))]
    public void Balance_at_birth_is_the_unelapsed_part_of_the_nakshatra_lords_years(double moon, string lord, double balanceYears)
    {
        var balance = DashaCalculator.Balance(DashaScheme.Vimshottari, moon, Birth, DashaYearLength.Julian);

        Assert.That(balance.Lord.Name, Is.EqualTo(lord));
        Assert.That(balance.BalanceYears, Is.EqualTo(balanceYears).Within(1e-9));
    }

    [Test]
    public void Mahadashas_follow_the_nine_lords_with_their_years_and_cover_120_years_from_birth()
    {
        var mahadashas = Periods(moon: 20.0, depth: 1).ToList();

        // The cycle began 10 years before birth, so a tenth period (Venus again) covers the last 10 of 120 years.
        Assert.That(mahadashas.Select(p => p.Lord.Name), Is.EqualTo(new[]
        {
            "Venus", "Sun", "Moon", "Mars", "Rahu", "Jupiter", "Saturn", "Mercury", "Ketu", "Venus",
        }));
        Assert.Multiple(() =>
        {
            // Moon half-way through Bharani: 10 of Venus's 20 years are left.
            Assert.That((mahadashas[0].End - Birth).TotalDays, Is.EqualTo(10 * JulianYear).Within(1e-6));
            Assert.That(mahadashas[1].Duration.TotalDays, Is.EqualTo(6 * JulianYear).Within(1e-6));
            Assert.That(mahadashas[5].Duration.TotalDays, Is.EqualTo(16 * JulianYear).Within(1e-6));
            Assert.That((mahadashas[8].End - mahadashas[0].Start).TotalDays, Is.EqualTo(120 * JulianYear).Within(1e-6));
            Assert.That(mahadashas[^1].End, Is.GreaterThanOrEqualTo(Birth.AddDays(120 * JulianYear)));
        });
    }

    [Test]
    public void Antardashas_start_from_the_mahadasha_lord_and_last_md_times_ad_over_120()
    {
        var venus = Periods(moon: 20.0, depth: 2).Where(p => p.Level == 2 && p.Path[0].Name == "Venus").Take(9).ToList();

        Assert.That(venus.Select(p => p.Lord.Name), Is.EqualTo(new[]
        {
            "Venus", "Sun", "Moon", "Mars", "Rahu", "Jupiter", "Saturn", "Mercury", "Ketu",
        }));
        Assert.That(venus[0].Duration.TotalDays, Is.EqualTo(20.0 * 20 / 120 * JulianYear).Within(1e-6));
        Assert.That(venus[4].Duration.TotalDays, Is.EqualTo(20.0 * 18 / 120 * JulianYear).Within(1e-6));
    }

    [Test]
    public void Each_level_tiles_its_parent_exactly_down_to_deha()
    {
        var window = Birth.AddYears(30);
        var periods = DashaCalculator.Periods(
            DashaScheme.Vimshottari, 123.456, Birth, DashaYearLength.MeanSidereal, 6, window, window.AddDays(3)).ToList();

        foreach (var parent in periods.Where(p => p.Level < 6))
        {
            var children = periods.Where(p => p.Level == parent.Level + 1 && p.Path.Take(parent.Level).SequenceEqual(parent.Path)).ToList();
            if (children.Count == 9)
            {
                Assert.That(children[0].Start, Is.EqualTo(parent.Start));
                Assert.That(children[^1].End, Is.EqualTo(parent.End));
            }

            for (var i = 1; i < children.Count; i++)
            {
                Assert.That(children[i].Start, Is.EqualTo(children[i - 1].End), "children are contiguous");
            }
        }

        Assert.That(periods.Select(p => p.Level).Distinct(), Is.EquivalentTo(new[] { 1, 2, 3, 4, 5, 6 }));
    }

    [Test]
    public void A_window_returns_the_overlapping_periods_with_their_true_dates()
    {
        var all = Periods(moon: 20.0, depth: 2).ToList();
        var from = Birth.AddYears(12);
        var to = Birth.AddYears(13);

        var windowed = DashaCalculator.Periods(DashaScheme.Vimshottari, 20.0, Birth, DashaYearLength.Julian, 2, from, to).ToList();

        var expected = all.Where(p => p.Start < to && p.End > from).Select(Key).ToList();
        Assert.That(windowed.Select(Key), Is.EqualTo(expected), "same periods, same true start and end: never re-proportioned to the window");
        Assert.That(windowed[0].Start, Is.LessThan(from));
    }

    [Test]
    public void The_running_period_at_a_date_is_found_on_every_level()
    {
        var at = Birth.AddYears(40).AddDays(17);

        var running = DashaCalculator.RunningAt(DashaScheme.Vimshottari, 20.0, Birth, DashaYearLength.Julian, 6, at);

        Assert.That(running.Select(p => p.Level), Is.EqualTo(new[] { 1, 2, 3, 4, 5, 6 }));
        Assert.That(running, Is.All.Matches<DashaPeriod>(p => p.Start <= at && at < p.End));
        for (var level = 1; level < 6; level++)
        {
            Assert.That(running[level].Path.Take(level), Is.EqualTo(running[level - 1].Path));
        }
    }

    [Test]
    public void Year_length_moves_the_end_of_the_cycle_by_the_documented_amount()
    {
        var julian = Periods(moon: 0.0, depth: 1).Last().End;
        var sidereal = DashaCalculator.Periods(
            DashaScheme.Vimshottari, 0.0, Birth, DashaYearLength.MeanSidereal, 1, DateTime.MinValue.AddYears(1), DateTime.MaxValue.AddYears(-1)).Last().End;

        // 120 × (365.256364 − 365.25) = 0.76368 days.
        Assert.That((sidereal - julian).TotalDays, Is.EqualTo(0.76368).Within(1e-6));
    }

    private static string Key(DashaPeriod period) =>
        $"{period.Level} {string.Join('/', period.Path.Select(l => l.Name))} {period.Start:O} {period.End:O}";

    private static IEnumerable<DashaPeriod> Periods(double moon, int depth) =>
        DashaCalculator.Periods(
            DashaScheme.Vimshottari, moon, Birth, DashaYearLength.Julian, depth, DateTime.MinValue.AddYears(1), DateTime.MaxValue.AddYears(-1));
}
