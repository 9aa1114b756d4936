using Jyotishika.Engine.Doshas;

namespace Jyotishika.Engine.Tests.Doshas;

/// <summary>Kuja dosha by house from the ascendant, Moon and Venus, and each exception present and absent.</summary>
public sealed class ManglikTests
{
    // Ascendant Aries throughout unless said otherwise: house n is sign n - 1.

    [TestCase(0, 1, true)]
    [TestCase(1, 2, true)]
    [TestCase(2, 3, false)]
    [TestCase(3, 4, true)]
    [TestCase(4, 5, false)]
    [TestCase(5, 6, false)]
    [TestCase(6, 7, true)]
    [TestCase(7, 8, true)]
    [TestCase(8, 9, false)]
    [TestCase(11, 12, true)]
    public void Mars_counts_in_houses_1_2_4_7_8_12_from_the_ascendant(int marsSign, int house, bool present)
    {
        // Moon and Venus two signs behind Mars: Mars in their 3rd, which never counts.
        var reference = (marsSign + 10) % 12;
        var chart = DoshaCharts.Signs(ascendant: 0, mars: marsSign, moon: reference, venus: reference, jupiter: (marsSign + 1) % 12);

        var result = Manglik.Assess(chart);

        var fromAscendant = result.From(ManglikReference.Ascendant);
        Assert.That(fromAscendant.House, Is.EqualTo(house));
        Assert.That(fromAscendant.Present, Is.EqualTo(present));
        Assert.That(result.From(ManglikReference.Moon).Present, Is.False, "Mars in the 3rd from the Moon");
        Assert.That(result.Present, Is.EqualTo(present));
    }

    [Test]
    public void The_second_house_does_not_count_without_it()
    {
        // Mars in Cancer, 2nd from a Gemini ascendant; Jupiter in Cancer's 2nd, no aspect on Mars.
        var chart = DoshaCharts.Signs(ascendant: 2, mars: 3, moon: 1, venus: 1, jupiter: 4);

        Assert.That(Manglik.Assess(chart).From(ManglikReference.Ascendant).Present, Is.True);
        var without = Manglik.Assess(chart, new ManglikOptions { Houses = ManglikHouseSet.WithoutSecond });
        Assert.That(without.From(ManglikReference.Ascendant).Present, Is.False);
        Assert.That(without.Options.Houses, Is.EqualTo(ManglikHouseSet.WithoutSecond));
    }

    [Test]
    public void Each_reference_is_reported_separately()
    {
        // Mars in Gemini: 3rd from an Aries ascendant, 7th from a Sagittarius Moon, 12th from a Cancer Venus.
        var chart = DoshaCharts.Signs(ascendant: 0, mars: 2, moon: 8, venus: 3, jupiter: 3);

        var result = Manglik.Assess(chart);

        Assert.That(result.From(ManglikReference.Ascendant).Present, Is.False);
        Assert.That(result.From(ManglikReference.Moon).House, Is.EqualTo(7));
        Assert.That(result.From(ManglikReference.Moon).Present, Is.True);
        Assert.That(result.From(ManglikReference.Venus).House, Is.EqualTo(12));
        Assert.That(result.From(ManglikReference.Venus).Present, Is.True);
    }

    [Test]
    public void Plain_mars_in_the_seventh_has_no_exception()
    {
        // Mars in Libra, 7th from Aries; Jupiter in Scorpio (its 2nd from Mars: no aspect); Moon and Venus in Pisces.
        var result = Manglik.Assess(DoshaCharts.Signs(ascendant: 0, mars: 6, moon: 11, venus: 11, jupiter: 7));

        var placement = result.From(ManglikReference.Ascendant);
        Assert.That(placement.Present, Is.True);
        Assert.That(placement.Exceptions, Is.Empty);
        Assert.That(result.PresentWithoutException, Is.True);
    }

    [Test]
    public void Own_sign_and_the_fourth_in_aries_are_both_listed()
    {
        // Mars in Aries, 4th from a Capricorn ascendant.
        var result = Manglik.Assess(DoshaCharts.Signs(ascendant: 9, mars: 0, moon: 11, venus: 11, jupiter: 1));

        var names = result.From(ManglikReference.Ascendant).Exceptions.Select(rule => rule.Name);
        Assert.That(names, Is.EquivalentTo(new[] { nameof(Manglik.MarsInOwnSign), nameof(Manglik.HouseSignException) }));
        Assert.That(result.PresentWithoutException, Is.False);
    }

    [Test]
    public void Exalted_mars_in_the_first_is_an_exception_but_not_a_house_sign_pair()
    {
        var result = Manglik.Assess(DoshaCharts.Signs(ascendant: 9, mars: 9, moon: 1, venus: 1, jupiter: 10));

        var names = result.From(ManglikReference.Ascendant).Exceptions.Select(rule => rule.Name);
        Assert.That(names, Is.EqualTo(new[] { nameof(Manglik.MarsExalted) }));
    }

    [TestCase(2, 2, true)]
    [TestCase(3, 2, false)]
    [TestCase(0, 4, true)]
    [TestCase(1, 4, false)]
    [TestCase(3, 7, true)]
    [TestCase(6, 7, false)]
    [TestCase(11, 8, true)]
    [TestCase(10, 8, false)]
    [TestCase(6, 12, true)]
    [TestCase(5, 12, false)]
    public void The_house_sign_exception_needs_both_the_house_and_the_sign(int marsSign, int house, bool listed)
    {
        var ascendant = (marsSign - house + 1 + 12) % 12;
        var others = (marsSign + 2) % 12;
        var chart = DoshaCharts.Signs(ascendant, mars: marsSign, moon: others, venus: others, jupiter: (marsSign + 1) % 12);

        var placement = Manglik.Assess(chart).From(ManglikReference.Ascendant);

        Assert.That(placement.House, Is.EqualTo(house));
        Assert.That(placement.Exceptions.Any(rule => rule.Name == nameof(Manglik.HouseSignException)), Is.EqualTo(listed));
    }

    [TestCase(4, true)]
    [TestCase(10, true)]
    [TestCase(5, false)]
    public void Leo_or_aquarius_is_an_exception_anywhere(int marsSign, bool listed)
    {
        var others = (marsSign + 2) % 12;
        var chart = DoshaCharts.Signs(ascendant: marsSign, mars: marsSign, moon: others, venus: others, jupiter: (marsSign + 1) % 12);

        var placement = Manglik.Assess(chart).From(ManglikReference.Ascendant);

        Assert.That(placement.Exceptions.Any(rule => rule.Name == nameof(Manglik.MarsInLeoOrAquarius)), Is.EqualTo(listed));
    }

    [TestCase(6, nameof(Manglik.MarsWithJupiter))]
    [TestCase(2, nameof(Manglik.MarsAspectedByJupiter))] // Jupiter in Gemini: Libra is its 5th.
    [TestCase(10, nameof(Manglik.MarsAspectedByJupiter))] // Aquarius: Libra is its 9th.
    [TestCase(0, nameof(Manglik.MarsAspectedByJupiter))] // Aries: Libra is its 7th.
    [TestCase(7, null)] // Scorpio: Libra is its 12th.
    [TestCase(3, null)] // Cancer: Libra is its 4th, which Jupiter does not aspect.
    public void Jupiter_with_or_aspecting_mars(int jupiterSign, string? rule)
    {
        // Mars in Libra, 7th from Aries; Moon and Venus in Pisces.
        var chart = DoshaCharts.Signs(ascendant: 0, mars: 6, moon: 11, venus: 11, jupiter: jupiterSign);

        var names = Manglik.Assess(chart).From(ManglikReference.Ascendant).Exceptions.Select(cited => cited.Name).ToList();

        Assert.That(names, rule is null ? Is.Empty : Is.EqualTo(new[] { rule }));
    }

    [TestCase(6, true)]
    [TestCase(7, false)]
    public void Moon_with_mars(int moonSign, bool listed)
    {
        var chart = DoshaCharts.Signs(ascendant: 0, mars: 6, moon: moonSign, venus: 11, jupiter: 7);

        var placement = Manglik.Assess(chart).From(ManglikReference.Ascendant);

        Assert.That(placement.Exceptions.Any(rule => rule.Name == nameof(Manglik.MarsWithMoon)), Is.EqualTo(listed));
    }

    [Test]
    public void No_exceptions_are_listed_where_mars_does_not_count()
    {
        // Mars exalted in Capricorn, 3rd from a Scorpio ascendant, Moon and Venus.
        var chart = DoshaCharts.Signs(ascendant: 7, mars: 9, moon: 7, venus: 7, jupiter: 9);

        var placement = Manglik.Assess(chart).From(ManglikReference.Ascendant);

        Assert.That(placement.Present, Is.False);
        Assert.That(placement.Exceptions, Is.Empty);
    }

    [Test]
    public void Both_partners_manglik_cancel_mutually()
    {
        var manglik = Manglik.Assess(DoshaCharts.Signs(ascendant: 0, mars: 6, moon: 11, venus: 11, jupiter: 7));
        var other = Manglik.Assess(DoshaCharts.Signs(ascendant: 3, mars: 10, moon: 11, venus: 11, jupiter: 7));
        var free = Manglik.Assess(DoshaCharts.Signs(ascendant: 0, mars: 2, moon: 0, venus: 0, jupiter: 7));

        var both = Manglik.Compare(manglik, other);
        var one = Manglik.Compare(manglik, free);

        Assert.That(free.Present, Is.False);
        Assert.That(both.MutualCancellation, Is.True);
        Assert.That(both.MutualRule?.Name, Is.EqualTo(nameof(Manglik.MutualCancellation)));
        Assert.That(one.MutualCancellation, Is.False);
        Assert.That(one.MutualRule, Is.Null);
    }
}
