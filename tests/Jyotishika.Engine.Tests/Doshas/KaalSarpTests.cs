using Jyotishika.Engine.Doshas;

namespace Jyotishika.Engine.Tests.Doshas;

/// <summary>The seven grahas against the nodal axis: full, partial, none, each half, the axis conventions, the names.</summary>
public sealed class KaalSarpTests
{
    [Test]
    public void All_seven_from_rahu_to_ketu_is_full_ananta()
    {
        // Rahu in Aries on an Aries ascendant, Ketu in Libra, everything in Taurus … Virgo.
        var chart = DoshaCharts.Signs(ascendant: 0, sun: 1, moon: 2, mars: 3, mercury: 1, jupiter: 4, venus: 5, saturn: 5, rahu: 0);

        var result = KaalSarp.Assess(chart);

        Assert.That(result.Form, Is.EqualTo(KaalSarpForm.Full));
        Assert.That(result.Half, Is.EqualTo(NodalHalf.RahuToKetu));
        Assert.That(result.Type, Is.EqualTo(KaalSarpType.Ananta));
        Assert.That(result.Outside, Is.Empty);
        Assert.That(result.ByLongitude, Is.False);
    }

    [Test]
    public void All_seven_from_ketu_to_rahu_is_the_other_half()
    {
        var chart = DoshaCharts.Signs(ascendant: 0, sun: 7, moon: 8, mars: 9, mercury: 10, jupiter: 11, venus: 7, saturn: 8, rahu: 0);

        var result = KaalSarp.Assess(chart);

        Assert.That(result.Form, Is.EqualTo(KaalSarpForm.Full));
        Assert.That(result.Half, Is.EqualTo(NodalHalf.KetuToRahu));
    }

    [TestCase(0, KaalSarpType.Ananta)]
    [TestCase(1, KaalSarpType.Kulik)]
    [TestCase(6, KaalSarpType.Takshak)]
    [TestCase(7, KaalSarpType.Karkotak)]
    [TestCase(11, KaalSarpType.Sheshnag)]
    public void The_type_is_named_by_rahus_house(int rahuHouseFromAries, KaalSarpType type)
    {
        // Rahu in Aries, everything in Taurus … Virgo; the ascendant moves so that Aries is Rahu's house.
        var ascendant = (12 - rahuHouseFromAries) % 12;
        var chart = DoshaCharts.Signs(ascendant, sun: 1, moon: 2, mars: 3, mercury: 1, jupiter: 4, venus: 5, saturn: 5, rahu: 0);

        var result = KaalSarp.Assess(chart);

        Assert.That(result.RahuHouse, Is.EqualTo(rahuHouseFromAries + 1));
        Assert.That(result.Type, Is.EqualTo(type));
    }

    [Test]
    public void One_graha_outside_is_partial_and_named()
    {
        // Saturn in Scorpio, past Ketu in Libra.
        var chart = DoshaCharts.Signs(ascendant: 0, sun: 1, moon: 2, mars: 3, mercury: 1, jupiter: 4, venus: 5, saturn: 7, rahu: 0);

        var result = KaalSarp.Assess(chart);

        Assert.That(result.Form, Is.EqualTo(KaalSarpForm.Partial));
        Assert.That(result.Outside, Is.EqualTo(new[] { Graha.Saturn }));
        Assert.That(result.Half, Is.EqualTo(NodalHalf.RahuToKetu));
    }

    [Test]
    public void Two_grahas_outside_is_none()
    {
        var chart = DoshaCharts.Signs(ascendant: 0, sun: 1, moon: 8, mars: 3, mercury: 1, jupiter: 4, venus: 5, saturn: 7, rahu: 0);

        var result = KaalSarp.Assess(chart);

        Assert.That(result.Form, Is.EqualTo(KaalSarpForm.None));
        Assert.That(result.Half, Is.Null);
        Assert.That(result.Type, Is.Null);
    }

    [TestCase(NodeAxisGraha.Inside, KaalSarpForm.Full)]
    [TestCase(NodeAxisGraha.Outside, KaalSarpForm.Partial)]
    public void A_graha_in_rahus_sign_follows_the_option_when_signs_are_compared(NodeAxisGraha onAxis, KaalSarpForm form)
    {
        // Mars shares Aries with Rahu.
        var chart = DoshaCharts.Signs(ascendant: 0, sun: 1, moon: 2, mars: 0, mercury: 1, jupiter: 4, venus: 5, saturn: 5, rahu: 0);

        var result = KaalSarp.Assess(chart, new KaalSarpOptions { OnAxis = onAxis });

        Assert.That(result.OnAxis, Is.EqualTo(new[] { Graha.Mars }));
        Assert.That(result.Form, Is.EqualTo(form));
        Assert.That(result.Options.OnAxis, Is.EqualTo(onAxis));
    }

    [TestCase(10.0, KaalSarpForm.Full)] // Mars 5° ahead of Rahu, inside the half.
    [TestCase(2.0, KaalSarpForm.Partial)] // Mars 3° behind Rahu, though in its sign: outside.
    public void Longitudes_decide_a_graha_in_a_nodes_sign(double mars, KaalSarpForm form)
    {
        // Rahu at 5° Aries; the others between 35° and 170°.
        var chart = DoshaCharts.Longitudes(0, sun: 40, moon: 70, mars: mars, mercury: 35, jupiter: 130, venus: 160, saturn: 170, rahu: 5);

        var result = KaalSarp.Assess(chart);

        Assert.That(result.ByLongitude, Is.True);
        Assert.That(result.OnAxis, Is.Empty);
        Assert.That(result.Form, Is.EqualTo(form));
    }

    [Test]
    public void Without_longitudes_the_same_chart_reads_by_sign()
    {
        var chart = DoshaCharts.Longitudes(0, sun: 40, moon: 70, mars: 2, mercury: 35, jupiter: 130, venus: 160, saturn: 170, rahu: 5);

        var result = KaalSarp.Assess(chart, new KaalSarpOptions { UseLongitudes = false });

        Assert.That(result.ByLongitude, Is.False);
        Assert.That(result.OnAxis, Is.EqualTo(new[] { Graha.Mars }));
        Assert.That(result.Form, Is.EqualTo(KaalSarpForm.Full));
    }

    [TestCase(NodeAxisGraha.Inside, KaalSarpForm.Full)]
    [TestCase(NodeAxisGraha.Outside, KaalSarpForm.Partial)]
    public void A_graha_exactly_on_ketu_follows_the_option(NodeAxisGraha onAxis, KaalSarpForm form)
    {
        // Saturn at 185°, Ketu's exact longitude.
        var chart = DoshaCharts.Longitudes(0, sun: 40, moon: 70, mars: 10, mercury: 35, jupiter: 130, venus: 160, saturn: 185, rahu: 5);

        var result = KaalSarp.Assess(chart, new KaalSarpOptions { OnAxis = onAxis });

        Assert.That(result.OnAxis, Is.EqualTo(new[] { Graha.Saturn }));
        Assert.That(result.Form, Is.EqualTo(form));
    }

    [Test]
    public void Every_graha_in_the_nodes_signs_hems_nothing()
    {
        var chart = DoshaCharts.Signs(ascendant: 0, sun: 0, moon: 6, mars: 0, mercury: 0, jupiter: 6, venus: 0, saturn: 6, rahu: 0);

        Assert.That(KaalSarp.Assess(chart).Form, Is.EqualTo(KaalSarpForm.None));
    }
}
