using Jyotishika.Server.Platform.Requests;
using Jyotishika.Engine;
using Jyotishika.Server.Features.Charts;
using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Tests.Unit.Charts;

/// <summary>The requested vargas: their validation, and each divisional chart's contract form.</summary>
public sealed class VargaMappingTests
{
    [Test]
    public void The_default_vargas_are_the_sixteen_of_BPHS_chapter_6()
    {
        // Parashara's shodasavarga: D1, D2, D3, D4, D7, D9, D10, D12, D16, D20, D24, D27, D30, D40, D45, D60.
        Assert.That(VargaMapping.Shodasavarga, Is.EqualTo(new[] { 1, 2, 3, 4, 7, 9, 10, 12, 16, 20, 24, 27, 30, 40, 45, 60 }));
    }

    [TestCase(new int[0])]
    [TestCase(new[] { 1, 300 })]
    public void Divisions_from_1_to_300_are_accepted(int[] vargas) => Assert.That(Violations(vargas), Is.Empty);

    [Test]
    public void Thirty_two_vargas_are_accepted_and_thirty_three_refused()
    {
        Assert.That(Violations([.. Enumerable.Range(1, 32)]), Is.Empty);
        Assert.That(Violations([.. Enumerable.Range(1, 33)]), Is.EqualTo(new[]
        {
            new InvalidField("vargas", "must list at most 32 divisions"),
        }));
    }

    [TestCase(0)]
    [TestCase(-9)]
    [TestCase(301)]
    public void A_division_outside_1_to_300_is_refused_naming_it(int division)
    {
        Assert.That(Violations([9, division, 400]), Is.EqualTo(new[]
        {
            new InvalidField("vargas", $"{division} is not a division: each must be from 1 to 300"),
        }), "the first bad division only");
    }

    [Test]
    public void Divisional_charts_come_in_request_order_with_the_ascendant_first()
    {
        var charts = VargaMapping.ToContract(ChartOf(), [9, 1]).ToList();

        Assert.That(charts.Select(c => c.Division), Is.EqualTo(new[] { 9, 1 }));
        var positions = charts[0].Positions;
        Assert.That(positions.Select(p => p.Planet), Is.EqualTo(new[]
        {
            Contract.Planet.Unspecified, Contract.Planet.Sun, Contract.Planet.Saturn,
        }));
        Assert.That(positions.Select(p => p.Ascendant), Is.EqualTo(new[] { true, false, false }));
    }

    [Test]
    public void The_rasi_chart_is_the_sign_itself()
    {
        var rasi = VargaMapping.ToContract(ChartOf(), [1]).Single();

        Assert.That((rasi.Name, rasi.Scheme), Is.EqualTo(("Rasi", "CLASSICAL")));
        Assert.That(rasi.Positions.Select(p => p.Sign), Is.EqualTo(new[] { "Taurus", "Capricorn", "Taurus" }));
        Assert.That(rasi.Positions[1].DegreeInSign, Is.EqualTo(10.5).Within(1e-9));
    }

    [Test]
    public void The_navamsa_counts_padas_of_3_20_from_Aries()
    {
        var navamsa = VargaMapping.ToContract(ChartOf(), [9]).Single();

        // 35.46°: 10 whole padas, so the 11th navamsa (Aquarius); 280.5°: 84 → Aries; 35°: 10 → Aquarius.
        Assert.That((navamsa.Name, navamsa.Scheme), Is.EqualTo(("Navamsa", "CLASSICAL")));
        Assert.That(navamsa.Positions.Select(p => (p.SignIndex, p.Sign)), Is.EqualTo(new[]
        {
            (10, "Aquarius"), (0, "Aries"), (10, "Aquarius"),
        }));
    }

    [Test]
    public void An_unnamed_division_is_a_parivritti_chart_counted_from_Aries()
    {
        var d13 = VargaMapping.ToContract(ChartOf(), [13]).Single();

        // 280.5° × 13 / 30 = 121.55: part 121 of the cyclic count, 121 mod 12 = 1 (Taurus), 0.55 of a part in = 16.5°.
        Assert.That((d13.Name, d13.Scheme), Is.EqualTo((string.Empty, "PARIVRITTI")));
        Assert.That((d13.Positions[1].SignIndex, d13.Positions[1].Sign), Is.EqualTo((1, "Taurus")));
        Assert.That(d13.Positions[1].DegreeInSign, Is.EqualTo(16.5).Within(1e-9));
    }

    private static IReadOnlyList<InvalidField> Violations(int[] vargas)
    {
        var violations = new RequestViolations();
        VargaMapping.Validate(vargas, violations);
        return violations.All;
    }

    private static Chart ChartOf() => new(
        new DateTime(1991, 3, 25, 4, 16, 0, DateTimeKind.Utc),
        2448340.677783012,
        18.5204,
        73.8567,
        ChartSettings.Default,
        23.7389,
        [
            new GrahaPosition(Graha.Sun, Placement.Of(280.5), 0, 0.98, 1.02, House: 9, Combust: false, Stationary: false),
            new GrahaPosition(Graha.Saturn, Placement.Of(35.0), 1.1, 9.5, 0.05, House: 1, Combust: false, Stationary: false),
        ],
        Placement.Of(35.46),
        Placement.Of(293.8),
        []);
}
