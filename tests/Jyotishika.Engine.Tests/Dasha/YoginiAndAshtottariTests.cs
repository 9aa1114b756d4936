using Jyotishika.Engine.Dasha;

namespace Jyotishika.Engine.Tests.Dasha;

/// <summary>
/// Yogini: Mangala 1 … Sankata 8 (36 years), first yogini (janma nakshatra number + 3) mod 8 with 1 = Mangala, 0 =
/// Sankata. Ashtottari: Sun 6, Moon 15, Mars 8, Mercury 17, Saturn 10, Jupiter 19, Rahu 12, Venus 21 (108 years) over
/// nakshatra groups of 4, 3, 4, 3, 3, 3, 4, 3 from Ardra, the elapsed fraction taken over the whole group.
/// </summary>
[TestFixture]
public sealed class YoginiAndAshtottariTests
{
    private static readonly DateTime Birth = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    // Nakshatra numbers: 1 Ashwini → (1+3) mod 8 = 4 Bhramari; 5 Mrigashira → 0 Sankata; 6 Ardra → 1 Mangala;
    // 27 Revati → (27+3) mod 8 = 6 Ulka.
    [TestCase(1, "Bhramari")]
    [TestCase(5, "Sankata")]
    [TestCase(6, "Mangala")]
    [TestCase(27, "Ulka")]
    public void The_first_yogini_follows_the_janma_nakshatra(int nakshatraNumber, string yogini)
    {
        var moon = (nakshatraNumber - 1) * 40.0 / 3 + 1;

        var balance = DashaCalculator.Balance(DashaScheme.Yogini, moon, Birth, DashaYearLength.Julian);

        Assert.That(balance.Lord.Name, Is.EqualTo(yogini));
    }

    [Test]
    public void Yogini_cycles_of_36_years_repeat_to_cover_120_years()
    {
        var mahadashas = DashaCalculator.Periods(
            DashaScheme.Yogini, 0.0, Birth, DashaYearLength.Julian, 1, Birth.AddYears(-50), Birth.AddYears(200)).ToList();

        Assert.That(mahadashas[0].Lord.Name, Is.EqualTo("Bhramari"));
        Assert.That(mahadashas[0].Duration.TotalDays, Is.EqualTo(4 * 365.25).Within(1e-6));
        Assert.That((mahadashas[^1].End - Birth).TotalDays, Is.GreaterThanOrEqualTo(120 * 365.25));
        Assert.That(mahadashas.Select(p => p.Lord.Name).Skip(8).Take(8), Is.EqualTo(mahadashas.Select(p => p.Lord.Name).Take(8)));
    }

    [TestCase(66.0 + 2.0 / 3, "Sun", 0.0)]
    [TestCase(120.0, "Moon", 0.0)]
    [TestCase(26.0 + 2.0 / 3, "Venus", 0.0)]
    [TestCase(0.0, "Rahu", 0.5)]
    [TestCase(253.0 + 1.0 / 3 + 20, "Saturn", 0.5)]
    public void Ashtottari_groups_start_from_ardra_and_count_elapsed_over_the_group(double moon, string lord, double elapsed)
    {
        var balance = DashaCalculator.Balance(DashaScheme.Ashtottari, moon, Birth, DashaYearLength.Julian);

        Assert.That(balance.Lord.Name, Is.EqualTo(lord));
        Assert.That(balance.ElapsedFraction, Is.EqualTo(elapsed).Within(1e-12));
    }

    [Test]
    public void Ashtottari_antardashas_share_the_mahadasha_in_proportion_to_108_years()
    {
        var periods = DashaCalculator.Periods(
            DashaScheme.Ashtottari, 66.0 + 2.0 / 3, Birth, DashaYearLength.Julian, 2, Birth, Birth.AddYears(6)).ToList();

        var sunSub = periods.Where(p => p.Level == 2).ToList();
        Assert.That(sunSub[0].Lord.Name, Is.EqualTo("Sun"));
        Assert.That(sunSub[1].Duration.TotalDays, Is.EqualTo(6.0 * 15 / 108 * 365.25).Within(1e-6));
    }
}
