using Jyotishika.Engine.Strength;

namespace Jyotishika.Engine.Tests.Strength;

/// <summary>The rule-simple components against the classical rules themselves (BPHS ch. 27).</summary>
public sealed class ShadbalaRuleTests
{
    [TestCase(Graha.Sun, 60.0)]
    [TestCase(Graha.Moon, 51.43)]
    [TestCase(Graha.Mars, 17.14)]
    [TestCase(Graha.Mercury, 25.71)]
    [TestCase(Graha.Jupiter, 34.29)]
    [TestCase(Graha.Venus, 42.86)]
    [TestCase(Graha.Saturn, 8.57)]
    public void Naisargika_bala_is_the_classical_constant(Graha graha, double expected) =>
        Assert.That(SthanaBala.Naisargika(graha), Is.EqualTo(expected).Within(0.005));

    [TestCase(Graha.Sun, 10.0)]
    [TestCase(Graha.Moon, 33.0)]
    [TestCase(Graha.Mars, 298.0)]
    [TestCase(Graha.Mercury, 165.0)]
    [TestCase(Graha.Jupiter, 95.0)]
    [TestCase(Graha.Venus, 357.0)]
    [TestCase(Graha.Saturn, 200.0)]
    public void Uchcha_bala_is_60_at_deep_exaltation_0_at_debilitation_and_30_halfway(Graha graha, double exaltation)
    {
        Assert.That(SthanaBala.Uchcha(graha, exaltation), Is.EqualTo(60).Within(1e-9));
        Assert.That(SthanaBala.Uchcha(graha, exaltation + 180), Is.EqualTo(0).Within(1e-9));
        Assert.That(SthanaBala.Uchcha(graha, exaltation + 90), Is.EqualTo(30).Within(1e-9));
    }

    [Test]
    public void Kendradi_gives_60_30_15_by_house_kind()
    {
        double[] expected = [60, 30, 15, 60, 30, 15, 60, 30, 15, 60, 30, 15];
        Assert.That(Enumerable.Range(1, 12).Select(SthanaBala.Kendradi), Is.EqualTo(expected));
    }

    [TestCase(Graha.Sun, 5.0, 15.0)]
    [TestCase(Graha.Sun, 15.0, 0.0)]
    [TestCase(Graha.Mercury, 15.0, 15.0)]
    [TestCase(Graha.Saturn, 25.0, 0.0)]
    [TestCase(Graha.Venus, 25.0, 15.0)]
    [TestCase(Graha.Moon, 5.0, 0.0)]
    public void Drekkana_favours_male_first_neuter_second_female_third(Graha graha, double degree, double expected) =>
        Assert.That(SthanaBala.Drekkana(graha, degree), Is.EqualTo(expected));

    [TestCase(Graha.Sun, 0, 0, 30.0)]
    [TestCase(Graha.Sun, 1, 1, 0.0)]
    [TestCase(Graha.Moon, 1, 0, 15.0)]
    [TestCase(Graha.Venus, 3, 5, 30.0)]
    public void Ojayugma_wants_odd_signs_except_for_moon_and_venus(Graha graha, int rasi, int navamsa, double expected) =>
        Assert.That(SthanaBala.Ojayugma(graha, rasi, navamsa), Is.EqualTo(expected));

    [Test]
    public void Dig_bala_is_60_at_the_strong_point_and_0_opposite()
    {
        const double Ascendant = 100;
        const double Midheaven = 10;
        Assert.That(SthanaBala.Dig(Graha.Jupiter, Ascendant, Ascendant, Midheaven), Is.EqualTo(60).Within(1e-9));
        Assert.That(SthanaBala.Dig(Graha.Sun, Midheaven, Ascendant, Midheaven), Is.EqualTo(60).Within(1e-9));
        Assert.That(SthanaBala.Dig(Graha.Saturn, Ascendant, Ascendant, Midheaven), Is.EqualTo(0).Within(1e-9));
        Assert.That(SthanaBala.Dig(Graha.Moon, Midheaven, Ascendant, Midheaven), Is.EqualTo(0).Within(1e-9));
    }

    [TestCase(Graha.Sun, 90.0, 120.0)]
    [TestCase(Graha.Sun, 270.0, 0.0)]
    [TestCase(Graha.Moon, 270.0, 60.0)]
    [TestCase(Graha.Mercury, 270.0, 60.0)]
    [TestCase(Graha.Mercury, 0.0, 30.0)]
    public void Ayana_bala_follows_kranti_with_the_sun_doubled(Graha graha, double tropical, double expected) =>
        Assert.That(KaalaBala.Ayana(graha, tropical, 24.0), Is.EqualTo(expected).Within(1e-9));

    [TestCase(Graha.Mars, 90.0, 60.0)]
    [TestCase(Graha.Jupiter, 120.0, 60.0)]
    [TestCase(Graha.Saturn, 60.0, 60.0)]
    [TestCase(Graha.Sun, 180.0, 60.0)]
    [TestCase(Graha.Sun, 20.0, 0.0)]
    [TestCase(Graha.Venus, 90.0, 45.0)]
    public void Drishti_is_full_on_the_seventh_and_on_the_special_aspects(Graha graha, double arc, double expected) =>
        Assert.That(DrikBala.Aspect(graha, arc), Is.EqualTo(expected).Within(1e-9));
}
