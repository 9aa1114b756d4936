using Jyotishika.Engine.Dasha;
using Jyotishika.Engine.Dasha.Rasi;

namespace Jyotishika.Engine.Tests.Dasha.Rasi;

/// <summary>
/// Sthira dasa and Brahma against PyJHora's dates for its test birth (pvr_tests.py sthira_dhasa_test) and the Jaimini Sutras'
/// rule for Saturn and the nodes; constructed charts walk each <see cref="BrahmaRule"/> branch.
/// </summary>
public sealed class SthiraDashaTests
{
    private static readonly DateTime ChennaiBirth = new(1996, 12, 7, 5, 4, 0, DateTimeKind.Utc);

    [Test]
    public async Task Own_test_birth_starts_from_sagittarius_on_pyjhoras_dates_to_the_second()
    {
        // pvr_tests.py sthira_dhasa_test (Chennai 1996-12-07 10:34 IST, 13.0878 N 80.2785 E, mean sidereal year). Lagna is
        // Capricorn, Cancer the stronger of it and the 7th; the 6th lord from Cancer, Jupiter, stands in Sagittarius, an odd sign
        // in the 12th house (visible half), with Mercury, the 12th lord: both qualify and both put Brahma's sign at Sagittarius.
        var chart = await NarayanaDashaTests.PvrChart(ChennaiBirth, 13.0878, 80.2785);
        (int, string, double)[] expected =
        [
            (8, "1996-12-07 10:34:00", 9), (9, "2005-12-07 17:56:29", 7), (10, "2012-12-07 13:00:38", 8), (11, "2020-12-07 14:13:56", 9),
            (0, "2029-12-07 21:36:25", 7), (1, "2036-12-07 16:40:34", 8), (2, "2044-12-07 17:53:53", 9), (3, "2053-12-08 01:16:21", 7),
            (4, "2060-12-07 20:20:30", 8), (5, "2068-12-07 21:33:49", 9), (6, "2077-12-08 04:56:18", 7), (7, "2084-12-08 00:00:27", 8),
        ];

        RasiDashaAssert.MahadashasStartAt(SthiraDasha.Tree(chart), ChennaiBirth, expected);
        RasiDashaAssert.MahadashasStartAt(SthiraDasha.Tree(chart, BrahmaRule.PyJHoraScore), ChennaiBirth, expected);
    }

    [Test]
    public async Task Own_test_birth_brahma_is_jupiter_by_the_default_rule_and_by_pyjhoras_score()
    {
        var chart = Engine.Analysis.SignChart.Of(await NarayanaDashaTests.PvrChart(ChennaiBirth, 13.0878, 80.2785));

        // Jupiter and Mercury join in Sagittarius; Jupiter is in his own sign (Rao 14.3's second test). PyJHora scores Jupiter
        // 3 (own sign, odd sign, within seven houses of Cancer), Mercury 2, Saturn (8th lord, in Pisces) 0.
        Assert.That(SthiraDasha.Brahma(chart, BrahmaRule.VisibleHalfOddSign), Is.EqualTo(Graha.Jupiter));
        Assert.That(SthiraDasha.Brahma(chart, BrahmaRule.PyJHoraScore), Is.EqualTo(Graha.Jupiter));
        Assert.That(SthiraDasha.Brahma(chart, BrahmaRule.SixthGrahaForSaturnAndNodes), Is.EqualTo(Graha.Jupiter));
    }

    [Test]
    public void A_qualifying_ketu_hands_brahma_to_jupiter_as_the_sutras_translation_says()
    {
        // Su. 48 "brahmani sanau patayor va tatah" (translation at astrojyoti.com, jaiminisutraspage4-5): its note, "suppose Ketu becomes Brahma, the 6th from him would be
        // Guru". Aries lagna holds the Sun, Libra nothing, so the 6th, 8th and 12th count from Aries: Virgo (Mercury), Scorpio
        // (Mars or Ketu), Pisces (Jupiter). Ketu in Sagittarius with Venus and Saturn outweighs Mars alone in Cancer as Scorpio's
        // lord, and alone stands in an odd sign of the visible half (9th house). Grahas Sun … Ketu.
        var chart = PaperCharts.Of(0, 0, 1, 3, 1, 1, 8, 8, 2, 8);

        Assert.That(SthiraDasha.Brahma(chart, BrahmaRule.SixthGrahaForSaturnAndNodes), Is.EqualTo(Graha.Jupiter));
        Assert.That(SthiraDasha.Tree(chart, BrahmaRule.SixthGrahaForSaturnAndNodes).Mahadashas().First().Lord.Sign, Is.EqualTo(1),
            "Jupiter's sign, Taurus");

        // The default never lets a node be Brahma: Scorpio counts as Mars's, and Mars in Cancer, Mercury and Jupiter in Taurus
        // all stand in even signs.
        Assert.That(SthiraDasha.Brahma(chart, BrahmaRule.VisibleHalfOddSign), Is.Null);
    }

    [Test]
    public void Saturn_may_be_brahma_by_default_and_hands_it_to_mars_by_the_sutras_rule()
    {
        // Leo lagna holds the Sun, Aquarius nothing: the 6th, 8th and 12th from Leo are Capricorn (Saturn), Pisces (Jupiter) and
        // Cancer (Moon). Saturn in Aries is in an odd sign in the 9th house; Jupiter (Taurus) and the Moon (Cancer) are in even
        // signs. From Saturn the sixth graha is Mars (Saturn, Rahu, Ketu, Sun, Moon, Mars).
        var chart = PaperCharts.Of(4, 4, 3, 5, 5, 1, 5, 0, 2, 8);

        Assert.That(SthiraDasha.Brahma(chart, BrahmaRule.VisibleHalfOddSign), Is.EqualTo(Graha.Saturn));
        Assert.That(SthiraDasha.Brahma(chart, BrahmaRule.SixthGrahaForSaturnAndNodes), Is.EqualTo(Graha.Mars));

        // PyJHora's score: Saturn 1 (odd sign; an enemy's sign, the 9th from Leo), the Moon 1 (own sign; 12th from Leo), Jupiter 0.
        // Of Saturn and the Moon, both alone in their signs, the Moon in his own sign is the stronger (Rao 14.3).
        Assert.That(SthiraDasha.Brahma(chart, BrahmaRule.PyJHoraScore), Is.EqualTo(Graha.Moon));
    }

    [Test]
    public void Without_a_qualifying_lord_there_is_no_brahma_and_no_sthira_dasa_but_pyjhoras_score_still_picks_one()
    {
        // Aries lagna holds the Sun: lords Mercury (in Taurus), Mars (in Cancer; Ketu in Scorpio itself cedes Scorpio to Mars)
        // and Jupiter in Leo, an odd sign but in the 5th house, below the horizon.
        var chart = PaperCharts.Of(0, 0, 1, 3, 1, 4, 1, 5, 1, 7);

        Assert.That(SthiraDasha.Brahma(chart, BrahmaRule.VisibleHalfOddSign), Is.Null);
        Assert.That(SthiraDasha.Brahma(chart, BrahmaRule.SixthGrahaForSaturnAndNodes), Is.Null);
        Assert.That(() => SthiraDasha.Tree(chart, BrahmaRule.VisibleHalfOddSign), Throws.InvalidOperationException);

        // Scores: Jupiter 3 (a friend's odd sign within seven houses of Aries), Mercury 2, Mars 1 (debilitated);
        // of Jupiter and Mercury, Mercury joined by the Moon, Venus and Rahu is the stronger.
        Assert.That(SthiraDasha.Brahma(chart, BrahmaRule.PyJHoraScore), Is.EqualTo(Graha.Mercury));
    }

    [Test]
    public void Dasas_repeat_zodiacally_with_seven_eight_and_nine_years_past_120_years()
    {
        // Su. 2.3.3: movable 7, fixed 8, dual 9; 2.3.4: from Brahma's sign, zodiacal whatever its oddity (here Aries, from the
        // Saturn chart above).
        var chart = PaperCharts.Of(4, 4, 3, 5, 5, 1, 5, 0, 2, 8);

        var mahadashas = NarayanaDashaTests.Mahadashas(SthiraDasha.Tree(chart, BrahmaRule.VisibleHalfOddSign));

        var round = Enumerable.Range(0, 12).Select(sign => (sign, (double)(sign % 3 == 0 ? 7 : sign % 3 == 1 ? 8 : 9))).ToArray();
        Assert.That(mahadashas, Is.EqualTo(round.Concat(round)));
        Assert.That(mahadashas.Sum(dasa => dasa.Years), Is.EqualTo(192));
    }

    [Test]
    public void Sub_periods_run_zodiacally_from_the_period_sign_in_twelve_equal_shares()
    {
        // PyJHora sthira.py: children forward from the parent's sign, the parent split equally.
        var tree = SthiraDasha.Tree(PaperCharts.Of(4, 4, 3, 5, 5, 1, 5, 0, 2, 8), BrahmaRule.VisibleHalfOddSign);

        var virgo = tree.SubPeriods([DashaLord.OfSign(5)], 9);

        Assert.That(virgo.Select(span => span.Lord.Sign), Is.EqualTo(new int?[] { 5, 6, 7, 8, 9, 10, 11, 0, 1, 2, 3, 4 }));
        Assert.That(virgo.Select(span => span.Years), Is.All.EqualTo(0.75));
        RasiDashaAssert.ChildrenFillParents(tree, ChennaiBirth);
    }
}
