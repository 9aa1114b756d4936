using Jyotishika.Engine.Analysis;
using Jyotishika.Engine.Dasha;
using Jyotishika.Engine.Dasha.Chara;

namespace Jyotishika.Engine.Tests.Dasha.Chara;

/// <summary>
/// The exception rules on constructed charts: each chart is built so that one rule alone decides a sign's years. The rules are
/// K. N. Rao's ("Special rules for calculation of dasha periods of Scorpio and Aquarius", his Chara dasha book) and P. V. R.
/// Narasimha Rao's (Chara dasa, "Vedic Astrology: An Integrated Approach").
/// </summary>
public sealed class CharaExceptionTests
{
    private static double YearsOf(SignChart chart, int sign, CharaMethod method) =>
        CharaDashas.Chara(chart, method).Mahadashas().Take(12).Single(s => s.Lord.Sign == sign).Years;

    private static SignChart Chart(int lagna, params (Graha Graha, int Sign, double Degree)[] placements)
    {
        // Placements not given stand where they decide nothing below: the lagna's sign, degree 0.
        var grahas = SignChart.NineGrahas.ToDictionary(g => g, _ => new SignPosition(lagna, 0));
        foreach (var (graha, sign, degree) in placements)
        {
            grahas[graha] = new SignPosition(sign, degree);
        }

        return new SignChart(lagna, 0, grahas);
    }

    [TestCase(CharaMethod.KnRao)]
    [TestCase(CharaMethod.NarasimhaRao)]
    public void A_lord_in_its_own_sign_gives_twelve_years(CharaMethod method)
    {
        var chart = Chart(0, (Graha.Venus, 1, 10));

        Assert.That(YearsOf(chart, 1, method), Is.EqualTo(12));
    }

    [TestCase(CharaMethod.KnRao)]
    [TestCase(CharaMethod.NarasimhaRao)]
    public void Odd_footed_signs_count_forward_and_even_footed_signs_backward(CharaMethod method)
    {
        // Aries (odd-footed) to Mars in Gemini: 3 signs, 2 years. Cancer (even-footed) to the Moon in Gemini: 2 signs back, 1 year.
        var chart = Chart(0, (Graha.Mars, 2, 10), (Graha.Moon, 2, 12));

        Assert.Multiple(() =>
        {
            Assert.That(YearsOf(chart, 0, method), Is.EqualTo(2));
            Assert.That(YearsOf(chart, 3, method), Is.EqualTo(1));
        });
    }

    [TestCase(CharaMethod.KnRao)]
    [TestCase(CharaMethod.NarasimhaRao)]
    public void With_mars_in_scorpio_the_count_goes_to_ketu(CharaMethod method)
    {
        // Scorpio (odd-footed) to Ketu in Capricorn: 3 signs, 2 years, though Mars stands in Scorpio itself.
        var chart = Chart(0, (Graha.Mars, 7, 10), (Graha.Ketu, 9, 5), (Graha.Rahu, 3, 5));

        Assert.That(YearsOf(chart, 7, method), Is.EqualTo(2));
    }

    [TestCase(CharaMethod.KnRao)]
    [TestCase(CharaMethod.NarasimhaRao)]
    public void With_rahu_in_aquarius_the_count_goes_to_saturn(CharaMethod method)
    {
        // Aquarius (even-footed) back to Saturn in Sagittarius: 3 signs, 2 years.
        var chart = Chart(0, (Graha.Rahu, 10, 10), (Graha.Ketu, 4, 10), (Graha.Saturn, 8, 3));

        Assert.That(YearsOf(chart, 10, method), Is.EqualTo(2));
    }

    [TestCase(CharaMethod.KnRao)]
    [TestCase(CharaMethod.NarasimhaRao)]
    public void Both_lords_in_aquarius_give_twelve_years(CharaMethod method)
    {
        var chart = Chart(0, (Graha.Rahu, 10, 10), (Graha.Ketu, 4, 10), (Graha.Saturn, 10, 3));

        Assert.That(YearsOf(chart, 10, method), Is.EqualTo(12));
    }

    [Test]
    public void Kn_rao_takes_the_scorpio_lord_joined_by_more_grahas()
    {
        // Mars alone in Leo, Ketu with the Sun in Capricorn: Ketu is stronger (K. N. Rao's rule (d)(i)), 3 signs, 2 years.
        // Mars is further advanced, which would decide only were the company equal.
        var chart = Chart(0, (Graha.Mars, 4, 29), (Graha.Ketu, 9, 1), (Graha.Rahu, 3, 1), (Graha.Sun, 9, 15));

        Assert.That(YearsOf(chart, 7, CharaMethod.KnRao), Is.EqualTo(2));
    }

    [Test]
    public void Kn_rao_takes_the_further_advanced_lord_when_company_is_equal()
    {
        // Both alone: Mars at 29° in Leo against Ketu at 1° in Capricorn (rule (d)(iii)): Scorpio to Leo forward is 10 signs, 9 years.
        var chart = Chart(0, (Graha.Mars, 4, 29), (Graha.Ketu, 9, 1), (Graha.Rahu, 3, 1));

        Assert.That(YearsOf(chart, 7, CharaMethod.KnRao), Is.EqualTo(9));
    }

    [Test]
    public void Narasimha_rao_takes_the_co_lord_his_strength_rules_choose()
    {
        // The placements of the company test: Ketu joined by the Sun, Mars alone, is stronger under his rules too (rule 1 of
        // SignStrength.StrongerCoLord), so Scorpio counts to Ketu: 2 years.
        var chart = Chart(0, (Graha.Mars, 4, 29), (Graha.Ketu, 9, 1), (Graha.Rahu, 3, 1), (Graha.Sun, 9, 15));

        Assert.That(YearsOf(chart, 7, CharaMethod.NarasimhaRao), Is.EqualTo(2));
    }

    [TestCase(CharaMethod.KnRao)]
    [TestCase(CharaMethod.NarasimhaRao)]
    public void The_second_cycle_gives_each_sign_twelve_less_its_first(CharaMethod method)
    {
        var spans = CharaDashas.Chara(PaperCharts.Of(3, 4, 7, 0, 5, 8, 6, 10, 2, 8), method).Mahadashas().Take(24).ToList();

        Assert.Multiple(() =>
        {
            for (var i = 0; i < 12; i++)
            {
                Assert.That(spans[i + 12].Lord, Is.EqualTo(spans[i].Lord));
                Assert.That(spans[i + 12].Years, Is.EqualTo(12 - spans[i].Years));
            }
        });
    }

    [TestCase(CharaMethod.KnRao)]
    [TestCase(CharaMethod.NarasimhaRao)]
    public void Narasimha_rao_antardashas_differ_from_kn_rao_by_the_rule_each_states(CharaMethod method)
    {
        // The lords of Aries and of its 7th, Libra, both stand in Gemini, so whichever of the two is stronger, P. V. R. Narasimha
        // Rao's antardashas of Aries start from Gemini, and run forward as Gemini is odd. K. N. Rao's run from Taurus round to
        // Aries itself, forward because Aries is a direct sign.
        var chart = Chart(3, (Graha.Mars, 2, 10), (Graha.Venus, 2, 12));

        var antardashas = CharaDashas.Chara(chart, method).SubPeriods([DashaLord.OfSign(0)], 6).Select(s => s.Lord.Sign).ToList();

        Assert.That(antardashas, Is.EqualTo(method == CharaMethod.NarasimhaRao
            ? new int?[] { 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 0, 1 }
            : new int?[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 0 }));
    }
}
