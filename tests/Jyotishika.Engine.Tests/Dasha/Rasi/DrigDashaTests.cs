using Jyotishika.Engine.Dasha.Rasi;

namespace Jyotishika.Engine.Tests.Dasha.Rasi;

/// <summary>
/// Drigdasa against P. V. R. Narasimha Rao, "Vedic Astrology: An Integrated Approach" (ch. 21, Example 80) and the values
/// PyJHora's pvr_tests.py records (Example 82; its test birth, with an antardasa order checked in Jagannatha Hora).
/// </summary>
public sealed class DrigDashaTests
{
    private static readonly string[] Chart36 = ["", "8", "6", "", "5", "2/0", "3/L", "7", "", "1", "4", ""];

    [Test]
    public void Example_80_chart_36_gives_the_books_order_and_years()
    {
        var mahadashas = NarayanaDashaTests.Mahadashas(RasiDashas.Drig(PaperCharts.Parse(Chart36)));

        // Ge 4, Vi 11, Sg 2, Pi 1, Cn 6, Ta 3, Aq 8, Sc 10, Le 11, Ar 5, Cp 7, Li 10; the second cycle is 12 less each.
        (int, double)[] firstCycle =
            [(2, 4), (5, 11), (8, 2), (11, 1), (3, 6), (1, 3), (10, 8), (7, 10), (4, 11), (0, 5), (9, 7), (6, 10)];
        Assert.That(mahadashas, Is.EqualTo(firstCycle.Concat(firstCycle.Select(dasa => (dasa.Item1, 12 - dasa.Item2)))));
    }

    [Test]
    public async Task Example_82_chart_37_matches_pyjhora()
    {
        // Born 1971-01-26 10:44 at UTC+3, 49N49 24E01; pvr_tests.py drig_dhasa_test_2.
        var chart = await NarayanaDashaTests.PvrChart(new DateTime(1971, 1, 26, 7, 44, 0, DateTimeKind.Utc), 49 + (49 / 60.0), 24 + (1 / 60.0));

        var mahadashas = NarayanaDashaTests.Mahadashas(RasiDashas.Drig(chart)).Take(12);

        (int, double)[] expected = [(6, 1), (10, 9), (1, 6), (4, 7), (7, 9), (9, 8), (0, 7), (3, 6), (8, 11), (11, 4), (2, 6), (5, 9)];
        Assert.That(mahadashas, Is.EqualTo(expected));
    }

    [Test]
    public async Task Own_test_birth_mahadashas_and_virgo_antardasas_match_pyjhora_and_jagannatha_hora()
    {
        // pvr_tests.py drig_dhasa_test_3: Chennai 1996-12-07 10:34 IST, 13.0878 N 80.2785 E. The second cycle leaves out Sg and
        // Li, 12-year dasas in the first.
        var birth = new DateTime(1996, 12, 7, 5, 4, 0, DateTimeKind.Utc);
        var chart = await NarayanaDashaTests.PvrChart(birth, 13.0878, 80.2785);
        var tree = RasiDashas.Drig(chart);
        (int, string, double)[] expected =
        [
            (5, "1996-12-07 10:34:00", 9), (2, "2005-12-07 17:56:29", 6), (11, "2011-12-08 06:51:28", 3), (8, "2014-12-08 01:18:57", 12),
            (6, "2026-12-08 03:08:55", 12), (10, "2038-12-08 04:58:54", 11), (1, "2049-12-08 00:39:42", 5), (4, "2054-12-08 07:25:31", 9),
            (7, "2063-12-08 14:48:00", 4), (9, "2067-12-08 15:24:39", 10), (0, "2077-12-08 04:56:18", 4), (3, "2081-12-08 05:32:57", 9),
            (5, "2090-12-08 12:55:26", 3), (2, "2093-12-08 07:22:55", 6), (11, "2099-12-08 20:17:55", 9), (10, "2108-12-09 03:40:23", 1),
            (1, "2109-12-09 09:49:33", 7),
        ];

        RasiDashaAssert.MahadashasStartAt(tree, birth, expected);

        // Virgo: "Verified Progression in JHora". Gemini, forward from Sagittarius: drig_dhasa_test_4 (PyJHora only).
        Assert.That(tree.SubPeriods([Engine.Dasha.DashaLord.OfSign(5)], 9).Select(span => span.Lord.Sign),
            Is.EqualTo(new int?[] { 11, 8, 5, 2, 7, 4, 1, 10, 3, 0, 9, 6 }));
        Assert.That(tree.SubPeriods([Engine.Dasha.DashaLord.OfSign(2)], 6).Select(span => span.Lord.Sign),
            Is.EqualTo(new int?[] { 8, 11, 2, 5, 0, 3, 6, 9, 4, 7, 10, 1 }));
    }

    [Test]
    public void Sub_periods_on_every_level_are_twelve_equal_shares_that_fill_their_parent() =>
        RasiDashaAssert.ChildrenFillParents(RasiDashas.Drig(PaperCharts.Parse(Chart36)), new DateTime(1912, 1, 1, 4, 30, 0, DateTimeKind.Utc));
}
