using Jyotishika.Engine.Strength;

namespace Jyotishika.Engine.Tests.Strength;

/// <summary>Bhava bala's parts against their rules (Raman, <i>Graha and Bhava Balas</i> ch. 9).</summary>
public sealed class BhavaBalaRuleTests
{
    [TestCase(1, 65.0, 60.0)] // Gemini, nara, in the 1st
    [TestCase(7, 65.0, 0.0)] // nara opposite its house
    [TestCase(4, 95.0, 60.0)] // Cancer, jalachara, in the 4th
    [TestCase(10, 345.0, 0.0)] // Pisces, jalachara, in the 10th
    [TestCase(7, 215.0, 60.0)] // Scorpio, keeta, in the 7th
    [TestCase(1, 215.0, 0.0)]
    [TestCase(10, 5.0, 60.0)] // Aries, chatushpada, in the 10th
    [TestCase(12, 5.0, 40.0)]
    [TestCase(3, 5.0, 10.0)]
    [TestCase(1, 245.0, 60.0)] // Sagittarius 5°, first half: nara
    [TestCase(1, 255.0, 30.0)] // Sagittarius 15°, second half: chatushpada, 3 houses from the 10th
    [TestCase(10, 275.0, 60.0)] // Capricorn 5°, first half: chatushpada
    [TestCase(4, 290.0, 60.0)] // Capricorn 20°, second half: jalachara
    [TestCase(1, 305.0, 60.0)] // Aquarius: nara
    public void Dig_bala_is_60_in_the_house_of_the_sign_type_less_10_a_house(int house, double madhya, double expected) =>
        Assert.That(BhavaBala.Dig(house, madhya), Is.EqualTo(expected));

    [Test]
    public void Sripati_madhyas_trisect_the_quadrants_between_ascendant_and_midheaven()
    {
        var madhyas = BhavaBala.Sripati(ascendant: 100.0, midheaven: 10.0 + 360);

        Assert.That(madhyas, Is.EqualTo(new[] { 100.0, 130, 160, 190, 220, 250, 280, 310, 340, 10, 40, 70 }).Within(1e-9));
    }

    [Test]
    public void Sripati_madhyas_of_unequal_quadrants()
    {
        var madhyas = BhavaBala.Sripati(ascendant: 0.0, midheaven: 300.0);

        // Upper quadrant 60° (20° a house), lower 120° (40° a house); opposite houses 180° apart.
        Assert.That(madhyas, Is.EqualTo(new[] { 0.0, 40, 80, 120, 140, 160, 180, 220, 260, 300, 320, 340 }).Within(1e-9));
    }

    [Test]
    public void Drishti_counts_jupiter_and_mercury_in_full_under_raman_and_a_quarter_otherwise()
    {
        // Only Jupiter aspects the point, from 180° (60); the others are within 30° behind it or 60° ahead (0).
        var longitudes = new Dictionary<Graha, double>
        {
            [Graha.Sun] = 185, [Graha.Moon] = 200, [Graha.Mars] = 190, [Graha.Mercury] = 195,
            [Graha.Jupiter] = 20, [Graha.Venus] = 205, [Graha.Saturn] = 210,
        };

        Assert.That(BhavaBala.Drishti(200.0, longitudes, BhavaDrishtiShare.JupiterAndMercuryFull), Is.EqualTo(60).Within(1e-9));
        Assert.That(BhavaBala.Drishti(200.0, longitudes, BhavaDrishtiShare.QuarterOfEvery), Is.EqualTo(15).Within(1e-9));
    }

    [Test]
    public void Drishti_of_a_malefic_is_subtracted()
    {
        // Saturn 80° behind the point: 35 + 45 special = 80, a quarter of it taken away; the others do not aspect it.
        var longitudes = new Dictionary<Graha, double>
        {
            [Graha.Sun] = 95, [Graha.Moon] = 120, [Graha.Mars] = 90, [Graha.Mercury] = 105,
            [Graha.Jupiter] = 110, [Graha.Venus] = 98, [Graha.Saturn] = 20,
        };

        Assert.That(BhavaBala.Drishti(100.0, longitudes, BhavaDrishtiShare.JupiterAndMercuryFull), Is.EqualTo(-20).Within(1e-9));
    }
}
