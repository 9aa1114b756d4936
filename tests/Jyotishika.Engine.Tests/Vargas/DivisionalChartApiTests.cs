using Jyotishika.Engine.Vargas;

namespace Jyotishika.Engine.Tests.Vargas;

[TestFixture]
public sealed class DivisionalChartApiTests
{
    [TestCase(0)]
    [TestCase(-9)]
    [TestCase(301)]
    [TestCase(int.MaxValue)]
    public void Division_outside_1_to_300_is_rejected_with_the_limits(int division)
    {
        var error = Assert.Throws<InvalidInputException>(() => DivisionalChart.Of(10.0, division));
        Assert.That(error.Problems, Is.EqualTo(new[]
        {
            new InputProblem(InputPart.Varga, ProblemKind.OutOfRange) { Limits = new ValueLimits(1, 300), Found = division },
        }));
        Assert.Throws<InvalidInputException>(() => DivisionalChart.Parivritti(10.0, division));
    }

    [Test]
    public void Undefined_varga_value_is_rejected() =>
        Assert.That(
            Assert.Throws<InvalidInputException>(() => DivisionalChart.Of(10.0, (Varga)13))!.Problems,
            Is.EqualTo(new[] { new InputProblem(InputPart.Varga, ProblemKind.Unsupported) { Found = 13 } }));

    [Test]
    public void Classical_scheme_for_an_unnamed_division_is_rejected() =>
        Assert.That(
            Assert.Throws<InvalidInputException>(() => DivisionalChart.Of(10.0, 13, VargaScheme.Classical))!.Problems,
            Is.EqualTo(new[] { new InputProblem(InputPart.Varga, ProblemKind.NoClassicalRule) { Found = 13 } }));

    [TestCase(double.NaN)]
    [TestCase(double.PositiveInfinity)]
    public void Non_finite_longitude_is_rejected(double longitude) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DivisionalChart.Of(longitude, 9));

    [Test]
    public void Unnamed_divisions_are_parivritti_and_named_ones_classical()
    {
        Assert.Multiple(() =>
        {
            Assert.That(DivisionalChart.Of(10.0, 13).Scheme, Is.EqualTo(VargaScheme.Parivritti));
            Assert.That(DivisionalChart.Of(10.0, 13).Varga, Is.Null);
            Assert.That(DivisionalChart.Of(10.0, 10).Scheme, Is.EqualTo(VargaScheme.Classical));
            Assert.That(DivisionalChart.Of(10.0, 10).Varga, Is.EqualTo(Varga.Dasamsa));
            Assert.That(DivisionalChart.Of(10.0, Varga.Dasamsa), Is.EqualTo(DivisionalChart.Of(10.0, 10)));
        });
    }

    [Test]
    public void Parivritti_of_a_named_division_can_differ_from_its_classical_rule()
    {
        // Taurus 1°: classical D10 counts an even sign from its 9th (Capricorn); parivritti continues from Aries's
        // last dasamsa (Capricorn, part 9) to Aquarius.
        Assert.Multiple(() =>
        {
            Assert.That(DivisionalChart.Of(31.0, Varga.Dasamsa).Sign, Is.EqualTo(SignNotation.Parse("Cp")));
            Assert.That(DivisionalChart.Parivritti(31.0, 10).Sign, Is.EqualTo(SignNotation.Parse("Aq")));
        });
    }

    [TestCase(-330.0, 30.0)]
    [TestCase(390.0, 30.0)]
    [TestCase(720.0, 0.0)]
    public void Longitudes_are_normalised(double longitude, double equivalent) =>
        Assert.That(DivisionalChart.Of(longitude, 9), Is.EqualTo(DivisionalChart.Of(equivalent, 9)));

    [Test]
    public void Placement_exposes_the_varga_longitude_and_its_nakshatra()
    {
        // 16°40′ Aries is the 6th navamsa (Virgo) from its start: D9 longitude = 5·30° + 0°.
        var placement = DivisionalChart.Of(50.0 / 3, Varga.Navamsa);
        Assert.Multiple(() =>
        {
            Assert.That(placement.SignName, Is.EqualTo("Virgo"));
            Assert.That(placement.DegreeInSign, Is.EqualTo(0.0).Within(1e-9));
            Assert.That(placement.Longitude, Is.EqualTo(150.0).Within(1e-9));
            Assert.That(placement.Nakshatra, Is.EqualTo(new Nakshatra(12, 2))); // Uttara Phalguni pada 2 at 150°.
            Assert.That(placement.RasiLongitude, Is.EqualTo(50.0 / 3));
        });
    }

    [Test]
    public void For_lists_the_ascendant_then_every_graha()
    {
        var grahas = new[] { (Graha.Sun, 31.0), (Graha.Moon, 200.5), (Graha.Ketu, 359.0) }
            .Select(g => new GrahaPosition(g.Item1, Placement.Of(g.Item2), 0, 1, 1, 1, Combust: false, Stationary: false))
            .ToList();
        var chart = new Chart(
            new DateTime(2000, 1, 1, 12, 0, 0, DateTimeKind.Utc), 2451545.0, 0, 0, ChartSettings.Default, 23.85,
            grahas, Placement.Of(95.0), Placement.Of(5.0), []);

        var d9 = DivisionalChart.For(chart, Varga.Navamsa);

        Assert.Multiple(() =>
        {
            Assert.That(d9.Select(p => p.Name), Is.EqualTo(new[] { "Ascendant", "Sun", "Moon", "Ketu" }));
            Assert.That(d9[0].IsAscendant, Is.True);
            Assert.That(d9[0].Graha, Is.Null);
            // 95° = Cancer 5° → 2nd navamsa from Cancer = Leo; 31° = Taurus 1° → Capricorn;
            // 200.5° = Libra 20.5° → 7th navamsa from Libra = Aries; 359° = Pisces 29° → Pisces.
            Assert.That(d9.Select(p => SignNotation.Name(p.Placement.Sign)), Is.EqualTo(new[] { "Le", "Cp", "Ar", "Pi" }));
            Assert.That(DivisionalChart.For(chart, 13).All(p => p.Placement.Scheme == VargaScheme.Parivritti), Is.True);
        });
    }
}
