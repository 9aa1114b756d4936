using Jyotishika.Engine.Dasha;
using Jyotishika.Engine.Dasha.Kalachakra;

namespace Jyotishika.Engine.Tests.Dasha.Kalachakra;

/// <summary>Kalachakra tree properties: balance at a pada boundary, the continuation conventions, sub-periods, coverage.</summary>
public sealed class KalachakraTreeTests
{
    private static readonly DateTime Birth = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static readonly double RohiniPada2Start = 130.0 / 3;

    private static List<int> MahadashaSigns(IDashaTree tree, int count) =>
        [.. tree.Mahadashas().Take(count).Select(m => m.Lord.Sign!.Value)];

    [Test]
    public void At_the_start_of_a_pada_its_first_dasha_runs_in_full()
    {
        // 10° Taurus opens Rohini pada 1 (Sg Cp Aq …): nothing elapsed, Sagittarius's 10 years ahead.
        var balance = DashaCalculator.Balance(KalachakraDasha.Tree(40.0), Birth, DashaYearLength.Julian);

        Assert.That(balance.Lord.Sign, Is.EqualTo(8));
        Assert.That(balance.ElapsedFraction, Is.Zero);
        Assert.That(balance.BalanceYears, Is.EqualTo(10));
    }

    [Test]
    public void Just_before_a_pada_boundary_the_last_dasha_is_spent_and_the_next_pada_follows()
    {
        // 1e-9° short of Rohini pada 2: Rohini 1's last sign, Cancer, has a few seconds left, and the dasha after it is
        // Virgo, where a Moon on the boundary itself starts.
        var before = KalachakraDasha.Tree(RohiniPada2Start - 1e-9);
        var on = KalachakraDasha.Tree(RohiniPada2Start);

        var balance = DashaCalculator.Balance(before, Birth, DashaYearLength.Julian);
        Assert.That(balance.Lord.Sign, Is.EqualTo(3));
        Assert.That(balance.BalanceYears, Is.EqualTo(0).Within(1e-6));
        Assert.That(MahadashaSigns(before, 10).Skip(1), Is.EqualTo(MahadashaSigns(on, 9)));
        Assert.That(on.ElapsedYearsAtBirth, Is.Zero);
    }

    [Test]
    public void Within_triad_returns_from_krittika_4_to_ashwini_1_where_next_pada_goes_on_to_rohini_1()
    {
        // saravali.de "Cycles of the Chakra": from Krittika 4 the progressive method goes back to Ashwini 1, not Rohini 1.
        // 39.9° is Krittika pada 4 (Cn Le Vi Li Sc Sg Cp Aq Pi), 0.97 crossed, so Pisces runs at birth.
        var nextPada = MahadashaSigns(KalachakraDasha.Tree(39.9), 4);
        var withinTriad = MahadashaSigns(
            KalachakraDasha.Tree(39.9, KalachakraOptions.Default with { Continuation = KalachakraContinuation.WithinTriad }), 4);

        Assert.That(nextPada, Is.EqualTo(new[] { 11, 8, 9, 10 }));
        Assert.That(withinTriad, Is.EqualTo(new[] { 11, 0, 1, 2 }));
    }

    [Test]
    public void Under_triad_start_only_dhanishta_4_runs_into_mrigashiras_table()
    {
        // Shatabhisha pada 1 in Mrigashira's table starts Pisces, Aquarius (vedicastrologylessons.com), unlike the book's
        // Exercise 34 answer (Sagittarius, Capricorn), which the default grouping reproduces.
        var options = KalachakraOptions.Default with { Groups = KalachakraNakshatraGroups.TriadStartOnly };

        Assert.That(MahadashaSigns(KalachakraDasha.Tree(305 + 50 / 60.0, options), 5), Is.EqualTo(new[] { 2, 1, 0, 11, 10 }));
    }

    [TestCase(KalachakraSubPeriods.ChakraSequence)]
    [TestCase(KalachakraSubPeriods.PadaRotation)]
    public void Sub_periods_of_every_period_add_up_to_it(KalachakraSubPeriods rule)
    {
        var tree = KalachakraDasha.Tree(45 + 50 / 60.0, KalachakraOptions.Default with { SubPeriods = rule });

        Assert.Multiple(() =>
        {
            foreach (var mahadasha in tree.Mahadashas().Take(14))
            {
                var antardashas = tree.SubPeriods([mahadasha.Lord], mahadasha.Years);
                Assert.That(antardashas, Has.Count.EqualTo(9));
                Assert.That(antardashas[0].Lord, Is.EqualTo(mahadasha.Lord));
                Assert.That(antardashas.Sum(a => a.Years), Is.EqualTo(mahadasha.Years).Within(1e-12));
                foreach (var antardasha in antardashas)
                {
                    var pratyantars = tree.SubPeriods([mahadasha.Lord, antardasha.Lord], antardasha.Years);
                    Assert.That(pratyantars.Sum(p => p.Years), Is.EqualTo(antardasha.Years).Within(1e-12));
                }
            }
        });
    }

    [Test]
    public void A_recurring_sign_is_divided_where_it_stands_when_read_by_position()
    {
        // Example 95 (Moon 15°50′ Taurus): Aries runs as the 8th mahadasha (Rohini 3: … Ta Ar | Sg Cp Aq) and again as the
        // 13th (Rohini 4: Pi Ar | Ta Ge Le Cn Vi Li Sc, then Mrigashira 1: Pi), 115.75 years after birth. Under the book's
        // rule (Example 97) their antardashas differ, which a path of signs alone cannot tell apart (see KalachakraTree).
        var tree = (KalachakraTree)KalachakraDasha.Tree(45 + 50 / 60.0);
        var mahadashas = tree.Mahadashas().Take(13).ToList();

        Assert.That(mahadashas[7].Lord.Sign, Is.Zero);
        Assert.That(mahadashas[12].Lord.Sign, Is.Zero);
        Assert.That(tree.SubPeriodsAt([7], 7).Select(s => s.Lord.Sign), Is.EqualTo(new int?[] { 0, 8, 9, 10, 11, 0, 1, 2, 4 }));
        Assert.That(tree.SubPeriodsAt([12], 7).Select(s => s.Lord.Sign), Is.EqualTo(new int?[] { 0, 1, 2, 4, 3, 5, 6, 7, 11 }));
    }

    [Test]
    public void The_calculator_divides_each_aries_mahadasha_where_it_stands()
    {
        var birth = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var periods = DashaCalculator.Periods(
            KalachakraDasha.Tree(45 + 50 / 60.0), birth, DashaYearLength.Julian, 2, birth, birth.AddYears(125)).ToList();
        var ariesMahadashas = periods.Where(p => p.Level == 1 && p.Lord.Sign == 0).ToList();
        int?[] AntardashaSigns(DashaPeriod maha) =>
            periods.Where(p => p.Level == 2 && p.Path[0] == maha.Lord && p.Start >= maha.Start && p.End <= maha.End)
                .Select(p => p.Lord.Sign).ToArray();

        Assert.That(ariesMahadashas, Has.Count.EqualTo(2));
        Assert.That(AntardashaSigns(ariesMahadashas[0]), Is.EqualTo(new int?[] { 0, 8, 9, 10, 11, 0, 1, 2, 4 }));
        Assert.That(AntardashaSigns(ariesMahadashas[1]), Is.EqualTo(new int?[] { 0, 1, 2, 4, 3, 5, 6, 7, 11 }));
    }

    [Test]
    public void Dashas_cover_120_years_from_birth()
    {
        // The shortest paramayus is 83 years, so one pada never covers 120; the walk must go on.
        var periods = DashaCalculator.Periods(
            KalachakraDasha.Tree(45 + 50 / 60.0), Birth, DashaYearLength.MeanSidereal, 1, Birth, Birth.AddYears(200)).ToList();

        Assert.That((periods[^1].End - Birth).TotalDays, Is.GreaterThanOrEqualTo(DashaCalculator.CoveredYears * 365.256364));
        for (var i = 1; i < periods.Count; i++)
        {
            Assert.That(periods[i].Start, Is.EqualTo(periods[i - 1].End));
        }
    }

    [Test]
    public void Lords_are_signs_with_their_kalachakra_years()
    {
        var lord = KalachakraDasha.Tree(45 + 50 / 60.0).Mahadashas().First().Lord;

        Assert.That(lord, Is.EqualTo(DashaLord.OfSign(7, 7)));
        Assert.That(lord.Graha, Is.Null);
    }
}
