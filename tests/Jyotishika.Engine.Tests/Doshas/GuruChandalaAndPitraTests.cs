using Jyotishika.Engine.Doshas;

namespace Jyotishika.Engine.Tests.Doshas;

/// <summary>Guru-Chandala and Pitra dosha: each rule present and absent, and each option both ways.</summary>
public sealed class GuruChandalaAndPitraTests
{
    [TestCase(4, true)]
    [TestCase(5, false)]
    public void Jupiter_with_rahu(int jupiter, bool present)
    {
        var result = GuruChandala.Assess(DoshaCharts.Signs(ascendant: 0, jupiter: jupiter, rahu: 4));

        Assert.That(result.WithRahu, Is.EqualTo(present));
        Assert.That(result.Present, Is.EqualTo(present));
    }

    [TestCase(false, false)]
    [TestCase(true, true)]
    public void Jupiter_with_ketu_counts_only_with_the_option(bool includeKetu, bool present)
    {
        // Rahu in Leo, Ketu in Aquarius with Jupiter.
        var chart = DoshaCharts.Signs(ascendant: 0, jupiter: 10, rahu: 4);

        var result = GuruChandala.Assess(chart, new GuruChandalaOptions { IncludeKetu = includeKetu });

        Assert.That(result.WithKetu, Is.True);
        Assert.That(result.WithRahu, Is.False);
        Assert.That(result.Present, Is.EqualTo(present));
    }

    [TestCase(null, true)]
    [TestCase(10.0, true)]
    [TestCase(5.0, false)]
    public void An_orb_narrows_the_conjunction_when_degrees_are_known(double? orb, bool present)
    {
        // Jupiter 2° Leo, Rahu 10° Leo: 8° apart.
        var chart = DoshaCharts.Longitudes(0, sun: 40, moon: 70, mars: 10, mercury: 35, jupiter: 122, venus: 160, saturn: 170, rahu: 130);

        Assert.That(GuruChandala.Assess(chart, new GuruChandalaOptions { OrbDegrees = orb }).Present, Is.EqualTo(present));
    }

    [Test]
    public void Pitra_nothing_fires_in_a_plain_chart()
    {
        // Sun in Aries, Rahu in Leo (5th), Ketu in Aquarius (11th), Saturn in Gemini.
        var result = PitraDosha.Assess(DoshaCharts.Signs(ascendant: 0, sun: 0, saturn: 2, rahu: 4));

        Assert.That(result.Present, Is.False);
        Assert.That(result.Rules, Is.Empty);
    }

    [Test]
    public void Pitra_sun_with_rahu()
    {
        var result = PitraDosha.Assess(DoshaCharts.Signs(ascendant: 0, sun: 4, saturn: 2, rahu: 4));

        Assert.That(result.Rules.Select(rule => rule.Name), Is.EqualTo(new[] { nameof(PitraDosha.SunWithRahu) }));
    }

    [TestCase(true, new[] { nameof(PitraDosha.SunWithKetu) })]
    [TestCase(false, new string[0])]
    public void Pitra_sun_with_ketu_follows_the_option(bool includeKetu, string[] rules)
    {
        var chart = DoshaCharts.Signs(ascendant: 0, sun: 10, saturn: 2, rahu: 4);

        var result = PitraDosha.Assess(chart, new PitraDoshaOptions { IncludeKetu = includeKetu });

        Assert.That(result.Rules.Select(rule => rule.Name), Is.EqualTo(rules));
    }

    [TestCase(true, new[] { nameof(PitraDosha.SunWithSaturn) })]
    [TestCase(false, new string[0])]
    public void Pitra_sun_with_saturn_follows_the_option(bool includeSaturn, string[] rules)
    {
        var chart = DoshaCharts.Signs(ascendant: 0, sun: 2, saturn: 2, rahu: 4);

        var result = PitraDosha.Assess(chart, new PitraDoshaOptions { IncludeSaturn = includeSaturn });

        Assert.That(result.Rules.Select(rule => rule.Name), Is.EqualTo(rules));
    }

    [TestCase(8, nameof(PitraDosha.RahuInNinth))] // Rahu in Sagittarius, 9th from Aries.
    [TestCase(2, nameof(PitraDosha.KetuInNinth))] // Rahu in Gemini puts Ketu in Sagittarius.
    public void Pitra_a_node_in_the_ninth(int rahu, string rule)
    {
        var result = PitraDosha.Assess(DoshaCharts.Signs(ascendant: 0, sun: 0, saturn: 5, rahu: rahu));

        Assert.That(result.Rules.Select(cited => cited.Name), Is.EqualTo(new[] { rule }));
    }

    [Test]
    public void Pitra_a_node_in_the_eighth_or_tenth_is_not_the_ninth()
    {
        Assert.That(PitraDosha.Assess(DoshaCharts.Signs(ascendant: 0, sun: 0, saturn: 5, rahu: 7)).Present, Is.False);
        Assert.That(PitraDosha.Assess(DoshaCharts.Signs(ascendant: 0, sun: 0, saturn: 5, rahu: 9)).Present, Is.False);
    }
}
