using Jyotishika.Engine;
using Jyotishika.Server.Platform.Requests;
using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Tests.Unit.Requests;

/// <summary>Placements typed from paper: a good chart becomes a SignChart; each fault is named by its path, all at once.</summary>
public sealed class PlacementsMappingTests
{
    [Test]
    public void Good_placements_become_the_sign_chart_with_their_degrees_and_motion()
    {
        var placements = Nine();
        placements.AscendantDegree = 12.5;
        placements.Grahas[2].Degree = 3.25;
        placements.Grahas[2].Retrograde = true;
        var violations = new RequestViolations();

        var chart = PlacementsMapping.ToSignChart(placements, "placements", violations);

        Assert.That(violations.All, Is.Empty);
        Assert.That(chart!.AscendantSign, Is.EqualTo(4));
        Assert.That(chart.AscendantDegree, Is.EqualTo(12.5));
        Assert.That(chart.Grahas[Graha.Mars], Is.EqualTo(new Engine.Analysis.SignPosition(2, 3.25, true)));
        Assert.That(chart.Grahas[Graha.Ketu].Sign, Is.EqualTo(1));
        Assert.That(chart.HouseOf(Graha.Sun), Is.EqualTo(9), "Sun in Aries, ascendant Leo: the 9th whole sign");
    }

    [Test]
    public void Every_fault_is_named_by_its_path_at_once()
    {
        var placements = Nine();
        placements.ClearAscendantSign();
        placements.Grahas[0].Sign = 12;
        placements.Grahas[1].Degree = 30;
        placements.Grahas[3].Graha = Contract.Planet.Sun;
        placements.Grahas[4].Graha = Contract.Planet.Unspecified;
        var violations = new RequestViolations();

        var chart = PlacementsMapping.ToSignChart(placements, "bride.placements", violations);

        Assert.That(chart, Is.Null);
        Assert.That(violations.All.Select(violation => violation.Field), Is.EquivalentTo(new[]
        {
            "bride.placements.ascendantSign", "bride.placements.grahas[0].sign", "bride.placements.grahas[1].degree",
            "bride.placements.grahas[3].graha", "bride.placements.grahas[4].graha", "bride.placements.grahas",
        }));
        Assert.That(violations.All.Single(violation => violation.Field == "bride.placements.grahas").Description,
            Does.Contain("MERCURY").And.Contain("JUPITER"));
    }

    [Test]
    public void Ketu_must_stand_opposite_Rahu_in_sign_and_degree()
    {
        var wrongSign = Nine();
        wrongSign.Grahas[8].Sign = 2;
        var violations = new RequestViolations();
        Assert.That(PlacementsMapping.ToSignChart(wrongSign, "placements", violations), Is.Null);
        Assert.That(violations.All.Single().Field, Is.EqualTo("placements.grahas[8].sign"));

        var wrongDegree = Nine();
        wrongDegree.Grahas[7].Degree = 10;
        wrongDegree.Grahas[8].Degree = 11;
        violations = new RequestViolations();
        Assert.That(PlacementsMapping.ToSignChart(wrongDegree, "placements", violations), Is.Null);
        Assert.That(violations.All.Single().Field, Is.EqualTo("placements.grahas[8].degree"));

        var rounded = Nine();
        rounded.Grahas[7].Degree = 10.004;
        rounded.Grahas[8].Degree = 10;
        Assert.That(PlacementsMapping.ToSignChart(rounded, "placements", new RequestViolations()), Is.Not.Null);
    }

    [Test]
    public void Outer_planets_may_follow_the_nine()
    {
        var placements = Nine();
        placements.Grahas.Add(new Contract.GrahaPlacement { Graha = Contract.Planet.Uranus, Sign = 9 });

        var chart = PlacementsMapping.ToSignChart(placements, "placements", new RequestViolations());

        Assert.That(chart!.Grahas[Graha.Uranus].Sign, Is.EqualTo(9));
    }

    /// <summary>Leo rising; Sun … Saturn in Aries … Libra in order; Rahu in Scorpio, Ketu in Taurus.</summary>
    private static Contract.Placements Nine()
    {
        var placements = new Contract.Placements { AscendantSign = 4 };
        Contract.Planet[] planets =
        [
            Contract.Planet.Sun, Contract.Planet.Moon, Contract.Planet.Mars, Contract.Planet.Mercury, Contract.Planet.Jupiter,
            Contract.Planet.Venus, Contract.Planet.Saturn, Contract.Planet.Rahu, Contract.Planet.Ketu,
        ];
        int[] signs = [0, 1, 2, 3, 4, 5, 6, 7, 1];
        placements.Grahas.AddRange(planets.Select((planet, index) => new Contract.GrahaPlacement { Graha = planet, Sign = signs[index] }));
        return placements;
    }
}
