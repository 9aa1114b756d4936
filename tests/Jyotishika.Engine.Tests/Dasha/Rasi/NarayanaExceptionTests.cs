using Jyotishika.Engine.Dasha.Rasi;

namespace Jyotishika.Engine.Tests.Dasha.Rasi;

/// <summary>
/// Each rule of a Narayana dasa's years and sub-periods on a constructed chart (grahas Sun … Ketu by sign, Aries = 0), against the
/// cases P. V. R. Narasimha Rao states: "Vedic Astrology: An Integrated Approach" 18.2.2 and 18.3, and his summary "Computing
/// Narayana Dasa" (id.scribd.com/document/255156929), whose worked cases are quoted in each test.
/// </summary>
public sealed class NarayanaExceptionTests
{
    /// <summary>The grahas away from the signs under test unless placed: Sun … Ketu in Pisces, nodes in Ta / Sc.</summary>
    private static Engine.Analysis.SignChart With(int? sun = null, int? moon = null, int? mars = null, int? mercury = null, int? jupiter = null,
        int? venus = null, int? saturn = null, int rahu = 1, int ketu = 7) =>
        PaperCharts.Of(0, sun ?? 11, moon ?? 11, mars ?? 11, mercury ?? 11, jupiter ?? 11, venus ?? 11, saturn ?? 11, rahu, ketu);

    [TestCase(2, 2, TestName = "Ar dasa, Mars in Ge: 2 years")]
    [TestCase(6, 6, TestName = "Ar dasa, Mars in Li: 6 years")]
    [TestCase(10, 10, TestName = "Ar dasa, Mars in Aq: 10 years")]
    [TestCase(0, 12, TestName = "Ar dasa, Mars in Ar: 12 years (lord in the sign)")]
    [TestCase(9, 10, TestName = "Ar dasa, Mars exalted in Cp: 10 years")]
    [TestCase(3, 2, TestName = "Ar dasa, Mars debilitated in Cn: 2 years")]
    public void Odd_footed_aries_counts_forward_to_mars(int marsSign, int years) =>
        Assert.That(NarayanaYears.FirstCycle(With(mars: marsSign), 0), Is.EqualTo(years));

    [TestCase(2, 2, TestName = "Le dasa, Sun in Ge: 2 years")]
    [TestCase(10, 6, TestName = "Le dasa, Sun in Aq: 6 years")]
    [TestCase(7, 9, TestName = "Le dasa, Sun in Sc: 9 years")]
    [TestCase(4, 12, TestName = "Le dasa, Sun in Le: 12 years (lord in the sign)")]
    public void Even_footed_leo_counts_backward_to_the_sun(int sunSign, int years) =>
        Assert.That(NarayanaYears.FirstCycle(With(sun: sunSign), 4), Is.EqualTo(years));

    [Test]
    public void Mercury_exalted_in_virgo_counts_as_in_his_own_sign()
    {
        // "exception: Mercury's exaltation. It counts just as own house": Vi dasa 12 (not 13), Ge dasa 4th - 1 = 3 (not 4).
        var chart = With(mercury: 5);

        Assert.That(NarayanaYears.FirstCycle(chart, 5), Is.EqualTo(12));
        Assert.That(NarayanaYears.FirstCycle(chart, 2), Is.EqualTo(3));
    }

    [Test]
    public void A_debilitated_lord_in_the_second_gives_no_first_cycle_and_twelve_years_in_the_second()
    {
        // Sg dasa, Jupiter debilitated in Cp, the 2nd forward: 2 - 1 - 1 = 0; second cycle 12 - 0 (18.2.2, special note 2).
        var chart = With(jupiter: 9);

        Assert.That(NarayanaYears.FirstCycle(chart, 8), Is.EqualTo(0));
        Assert.That(NarayanaYears.SecondCycle(chart, 8), Is.EqualTo(12));
    }

    [Test]
    public void Scorpio_counts_to_the_co_lord_outside_it_when_the_other_is_in_it()
    {
        // Mars in Sc, Ketu in Cn (Rahu in Cp): the lord outside the sign counts (Rao's note: "take the stronger of two lords";
        // SignStrength.StrongerCoLord's first rule). Sc odd-footed, forward to Cn: 9 - 1 = 8 rather than Mars's 12.
        var chart = With(mars: 7, rahu: 9, ketu: 3);

        Assert.That(NarayanaYears.FirstCycle(chart, 7), Is.EqualTo(8));
    }

    [Test]
    public void Saturn_in_the_antardasa_seed_makes_the_antardasas_forward()
    {
        // Cp dasa; Cn (holding Saturn) is the stronger of Cp and Cn; its lord Moon is in Ta, an even sign, so the antardasas
        // would run backward (Example 67) but Saturn in the seed makes them forward (18.3, exceptions).
        var chart = With(moon: 1, saturn: 3);

        Assert.That(NarayanaAntardashas.Of(chart, 9), Is.EqualTo(new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 0 }));
    }
}
