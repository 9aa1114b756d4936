using Jyotishika.Engine.Analysis;
using Jyotishika.Engine.Dasha;
using Jyotishika.Engine.Dasha.Chara;

namespace Jyotishika.Engine.Tests.Dasha.Chara;

/// <summary>Moola (lagna kendradi graha) dasha.</summary>
public sealed class MoolaDashaTests
{
    /// <summary>
    /// PyJHora pvr_tests.py moola_dhasa_test lists the lagna kendradi rasi dasha of the Chennai 1996 birth, signs in the order
    /// Moola dasha visits them: Cancer (the 7th, stronger than the Capricorn lagna), Aries, Capricorn, Libra, then Gemini,
    /// Pisces, Sagittarius, Virgo, then Taurus, Aquarius, Scorpio, Leo (backward, Cancer being even).
    /// </summary>
    private static readonly int[] PyJHoraSignOrder = [3, 0, 9, 6, 2, 11, 8, 5, 1, 10, 7, 4];

    [Test]
    public async Task Chennai_1996_grahas_come_in_pyjhoras_kendradi_sign_order()
    {
        var chart = await ChennaiChart.ComputeAsync();
        var signs = SignChart.Of(chart);

        var grahas = CharaDashas.Moola(chart).Mahadashas().Take(9).Select(s => s.Lord.Graha!.Value).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(grahas, Is.EquivalentTo(SignChart.NineGrahas));
            var rank = grahas.Select(g => Array.IndexOf(PyJHoraSignOrder, signs.SignOf(g))).ToList();
            Assert.That(rank, Is.Ordered, string.Join(" ", grahas));
        });
    }

    /// <summary>
    /// First-cycle years for the Chennai 1970-04-04 23:18 chart as OpenJyotish's tests (velteyn/OpenJyotish,
    /// tests/test_moola.py, REFERENCE_YEARS) record them: Sun and Moon in Pisces, Mars, Mercury, Venus and Saturn in Aries,
    /// Jupiter in Libra, Rahu in Aquarius, Ketu in Leo. They cover the ordinary count (Sun 6 − 5), Saturn debilitated (19 − 9),
    /// a correction above the Vimshottari years (Mars in its moolatrikona: |7 − 12|) and a node counted to its co-owned sign
    /// (Rahu in Aquarius: 18 − 12; Ketu in Leo to Scorpio: 7 − 3).
    /// </summary>
    [Test]
    public void Chennai_1970_first_cycle_years_match_the_recorded_table()
    {
        var chart = PaperCharts.Of(8, 11, 11, 0, 0, 6, 0, 0, 10, 4);
        var expected = new Dictionary<Graha, double>
        {
            [Graha.Sun] = 1, [Graha.Moon] = 8, [Graha.Rahu] = 6, [Graha.Ketu] = 4, [Graha.Mars] = 5,
            [Graha.Venus] = 14, [Graha.Mercury] = 12, [Graha.Saturn] = 10, [Graha.Jupiter] = 14,
        };

        var years = CharaDashas.Moola(chart).Mahadashas().Take(9).ToDictionary(s => s.Lord.Graha!.Value, s => s.Years);

        Assert.That(years, Is.EquivalentTo(expected));
    }

    [Test]
    public void A_correction_equal_to_the_vimshottari_years_leaves_the_full_years()
    {
        // S. Rath's first rider: the Moon in Cancer counts 11 signs to Taurus, less one, 10 — its whole Vimshottari period —
        // and so keeps 10 years rather than none.
        var chart = PaperCharts.Of(0, 0, 3, 0, 0, 0, 0, 0, 6, 0);

        var moon = CharaDashas.Moola(chart).Mahadashas().Take(9).Single(s => s.Lord.Graha == Graha.Moon);

        Assert.That(moon.Years, Is.EqualTo(10));
    }

    [Test]
    public void The_two_cycles_give_each_graha_its_vimshottari_years()
    {
        var spans = CharaDashas.Moola(PaperCharts.Of(8, 11, 11, 0, 0, 6, 0, 0, 10, 4)).Mahadashas().Take(18).ToList();

        Assert.Multiple(() =>
        {
            for (var i = 0; i < 9; i++)
            {
                Assert.That(spans[i + 9].Lord, Is.EqualTo(spans[i].Lord));
                Assert.That(spans[i].Years + spans[i + 9].Years, Is.EqualTo(spans[i].Lord.Years), spans[i].Lord.Name);
            }
        });
    }

    private static List<Graha> MoolaOrder(SignChart chart) =>
        CharaDashas.Moola(chart).Mahadashas().Take(9).Select(s => s.Lord.Graha!.Value).ToList();

    [Test]
    public void Saturn_in_the_seed_sends_the_panapharas_next_even_from_an_even_seed()
    {
        // Taurus lagna holding most grahas is the seed; Ketu in Gemini is its 2nd (a panaphara), Rahu in Sagittarius its 8th
        // counted forward but its 6th counted backward. Taurus is even, so the order runs backward (Rahu first) unless
        // Saturn stands in Taurus (S. Rath's rule for what follows the kendras).
        var withSaturn = MoolaOrder(PaperCharts.Of(1, 1, 1, 1, 1, 1, 1, 1, 8, 2));
        var withoutSaturn = MoolaOrder(PaperCharts.Of(1, 1, 1, 1, 1, 1, 1, 4, 8, 2));

        Assert.Multiple(() =>
        {
            Assert.That(withSaturn.IndexOf(Graha.Ketu), Is.LessThan(withSaturn.IndexOf(Graha.Rahu)));
            Assert.That(withoutSaturn.IndexOf(Graha.Rahu), Is.LessThan(withoutSaturn.IndexOf(Graha.Ketu)));
        });
    }

    [Test]
    public void Ketu_in_the_seed_sends_the_apoklimas_next_even_from_an_odd_seed()
    {
        // Gemini lagna holding most grahas is the seed; the Sun in Cancer is its 2nd forward, the Moon in Taurus its 2nd
        // backward (Saturn, whose presence would decide first, is kept in Virgo). Gemini is odd, so the order runs forward (Sun
        // first) unless Ketu stands in Gemini.
        var withKetu = MoolaOrder(PaperCharts.Of(2, 3, 1, 2, 2, 2, 2, 5, 8, 2));
        var withoutKetu = MoolaOrder(PaperCharts.Of(2, 3, 1, 2, 2, 2, 2, 5, 2, 8));

        Assert.Multiple(() =>
        {
            Assert.That(withKetu.IndexOf(Graha.Moon), Is.LessThan(withKetu.IndexOf(Graha.Sun)));
            Assert.That(withoutKetu.IndexOf(Graha.Sun), Is.LessThan(withoutKetu.IndexOf(Graha.Moon)));
        });
    }

    [Test]
    public void Antardashas_run_from_the_period_graha_by_vimshottari_shares()
    {
        var tree = CharaDashas.Moola(PaperCharts.Of(8, 11, 11, 0, 0, 6, 0, 0, 10, 4));
        var order = tree.Mahadashas().Take(9).Select(s => s.Lord).ToList();

        var antardashas = tree.SubPeriods([order[3]], 12);

        Assert.Multiple(() =>
        {
            Assert.That(antardashas.Select(a => a.Lord), Is.EqualTo(order.Skip(3).Concat(order.Take(3))));
            Assert.That(antardashas.Select(a => a.Years), Is.EqualTo(antardashas.Select(a => 12 * a.Lord.Years / 120)).Within(1e-12));
        });
    }
}
