using Jyotishika.Engine.Dasha;

namespace Jyotishika.Engine.Tests.Dasha;

/// <summary>
/// Sub-periods of the nakshatra dashas: every lord once, from the period's own lord on in cycle order (BPHS ch. 46;
/// PyJHora's antardhasa option 1), sharing the parent by years (BPHS, the default) or equally (PyJHora).
/// </summary>
public sealed class ConditionalSubPeriodTests
{
    private static readonly DashaSystem[] NakshatraSystems =
    [
        DashaSystem.Vimshottari, DashaSystem.Yogini, DashaSystem.Ashtottari, DashaSystem.Shodasottari, DashaSystem.Dwadasottari,
        DashaSystem.Panchottari, DashaSystem.Shatabdika, DashaSystem.ChaturaseetiSama, DashaSystem.DwisaptatiSama,
        DashaSystem.Shashtihayani, DashaSystem.ShattrimsaSama, DashaSystem.Tribhagi,
    ];

    private static IEnumerable<TestCaseData> SystemsAndShares() =>
        from system in NakshatraSystems
        from shares in new[] { SubPeriodShares.Proportional, SubPeriodShares.Equal }
        select new TestCaseData(system, shares);

    [TestCaseSource(nameof(SystemsAndShares))]
    public void Sub_periods_add_up_to_their_parent_at_every_level(DashaSystem system, SubPeriodShares shares)
    {
        var tree = DashaScheme.For(system).At(200.0, new NakshatraDashaOptions(shares));
        var maha = tree.Mahadashas().First();

        var antaras = tree.SubPeriods([maha.Lord], maha.Years);
        var pratyantaras = tree.SubPeriods([maha.Lord, antaras[3].Lord], antaras[3].Years);

        Assert.That(antaras.Sum(s => s.Years), Is.EqualTo(maha.Years).Within(1e-12));
        Assert.That(pratyantaras.Sum(s => s.Years), Is.EqualTo(antaras[3].Years).Within(1e-12));
        Assert.That(antaras.Select(s => s.Lord), Is.EquivalentTo(DashaScheme.For(system).Lords));
    }

    [Test]
    public void Dwadasottari_antardashas_of_mars_run_in_pyjhoras_order()
    {
        // PyJHora dwadasottari_test_3, option 1: Mars, Saturn, Moon, Sun, Jupiter, Ketu, Mercury, Rahu.
        var tree = DashaScheme.Dwadasottari.At(0.0);
        var mars = DashaScheme.Dwadasottari.Lords.Single(l => l.Graha == Graha.Mars);

        var order = tree.SubPeriods([mars], mars.Years).Select(s => s.Lord.Graha);

        Assert.That(order, Is.EqualTo(new Graha?[]
        {
            Graha.Mars, Graha.Saturn, Graha.Moon, Graha.Sun, Graha.Jupiter, Graha.Ketu, Graha.Mercury, Graha.Rahu,
        }));
    }

    [Test]
    public void Shodasottari_antardashas_divide_by_years_by_default_and_equally_as_pyjhora_does()
    {
        var venus = DashaScheme.Shodasottari.Lords.Single(l => l.Graha == Graha.Venus);

        var proportional = DashaScheme.Shodasottari.At(0.0).SubPeriods([venus], 18);
        var equal = DashaScheme.Shodasottari.At(0.0, NakshatraDashaOptions.PyJHoraConditional).SubPeriods([venus], 18);

        // Venus/Venus: 18 × 18 / 116 years by BPHS; every antardasha 18 / 8 in PyJHora (shodasottari.py, "parent / n").
        Assert.That(proportional[0].Years, Is.EqualTo(18.0 * 18 / 116).Within(1e-12));
        Assert.That(equal.Select(s => s.Years), Is.All.EqualTo(2.25).Within(1e-12));
    }

    [Test]
    public void Tribhagi_sub_periods_are_vimshottaris_in_a_third_of_the_time()
    {
        var tribhagi = DashaScheme.Tribhagi.At(200.0);
        var vimshottari = DashaScheme.Vimshottari.At(200.0);
        var tMaha = tribhagi.Mahadashas().First();
        var vMaha = vimshottari.Mahadashas().First();

        var tAntaras = tribhagi.SubPeriods([tMaha.Lord], tMaha.Years);
        var vAntaras = vimshottari.SubPeriods([vMaha.Lord], vMaha.Years);

        Assert.That(tAntaras.Select(s => s.Lord.Graha), Is.EqualTo(vAntaras.Select(s => s.Lord.Graha)));
        Assert.That(tAntaras.Select(s => s.Years * 3), Is.EqualTo(vAntaras.Select(s => s.Years)).Within(1e-12));
        Assert.That(tribhagi.ElapsedYearsAtBirth * 3, Is.EqualTo(vimshottari.ElapsedYearsAtBirth).Within(1e-12));
    }
}
