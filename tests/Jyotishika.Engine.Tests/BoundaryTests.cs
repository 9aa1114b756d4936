namespace Jyotishika.Engine.Tests;

/// <summary>
/// Nakshatra (13°20′), pada and navamsa (3°20′) and sign (30°) boundaries. Intervals are half-open: a longitude on a
/// boundary belongs to the division that starts there. 13°20′·k is exact in binary only when k is a multiple of 3
/// (40°, 80° …); for the others the engine counts values within 1e-11 of a division below the boundary as on it, so
/// the double nearest 40/3·k and its predecessor both land in the new division, while 1e-9° below is still the old one.
/// </summary>
[TestFixture]
public sealed class BoundaryTests
{
    private const double NakshatraSpan = 40.0 / 3;
    private const double PadaSpan = 10.0 / 3;
    private const double JustBelow = 1e-9;

    private static IEnumerable<int> NakshatraIndexes => Enumerable.Range(1, 26);

    private static IEnumerable<int> PadaIndexes => Enumerable.Range(1, 107);

    [Test]
    public void Longitude_on_a_nakshatra_boundary_starts_the_next_nakshatra_at_pada_1([ValueSource(nameof(NakshatraIndexes))] int k)
    {
        var boundary = NakshatraSpan * k;
        Assert.Multiple(() =>
        {
            Assert.That(Nakshatra.Of(boundary), Is.EqualTo(new Nakshatra(k + 1, 1)), "on the boundary");
            Assert.That(Nakshatra.Of(Math.BitDecrement(boundary)), Is.EqualTo(new Nakshatra(k + 1, 1)), "one ulp below snaps up");
            Assert.That(Nakshatra.Of(boundary - JustBelow), Is.EqualTo(new Nakshatra(k, 4)), "1e-9° below");
        });
    }

    [TestCase(3)]
    [TestCase(6)]
    [TestCase(9)]
    [TestCase(12)]
    [TestCase(15)]
    [TestCase(18)]
    [TestCase(21)]
    [TestCase(24)]
    public void Exactly_representable_nakshatra_boundaries_behave_the_same(int k)
    {
        var boundary = 40.0 * k / 3; // 40°, 80°, 120° … exactly.
        Assert.That(boundary, Is.EqualTo(Math.Round(boundary)), "exact in binary");
        Assert.Multiple(() =>
        {
            Assert.That(Nakshatra.Of(boundary), Is.EqualTo(new Nakshatra(k + 1, 1)));
            Assert.That(Nakshatra.Of(Math.BitDecrement(boundary)), Is.EqualTo(new Nakshatra(k + 1, 1)));
            Assert.That(Nakshatra.Of(boundary - JustBelow), Is.EqualTo(new Nakshatra(k, 4)));
            Assert.That(Nakshatra.Of(Math.BitIncrement(boundary)), Is.EqualTo(new Nakshatra(k + 1, 1)));
        });
    }

    [Test]
    public void Longitude_on_a_pada_boundary_starts_the_next_pada_and_navamsa([ValueSource(nameof(PadaIndexes))] int j)
    {
        var boundary = PadaSpan * j;
        var on = new Nakshatra(j / 4 + 1, j % 4 + 1);
        var below = new Nakshatra((j - 1) / 4 + 1, (j - 1) % 4 + 1);
        Assert.Multiple(() =>
        {
            Assert.That(Nakshatra.Of(boundary), Is.EqualTo(on), "on the boundary");
            Assert.That(Nakshatra.Of(Math.BitDecrement(boundary)), Is.EqualTo(on), "one ulp below snaps up");
            Assert.That(Nakshatra.Of(boundary - JustBelow), Is.EqualTo(below), "1e-9° below");
            Assert.That(Navamsa.SignOf(boundary), Is.EqualTo(j % 12), "navamsa on the boundary");
            Assert.That(Navamsa.SignOf(Math.BitDecrement(boundary)), Is.EqualTo(j % 12), "navamsa one ulp below");
            Assert.That(Navamsa.SignOf(boundary - JustBelow), Is.EqualTo((j - 1) % 12), "navamsa 1e-9° below");
        });
    }

    [Test]
    public void Longitude_on_a_sign_boundary_starts_the_next_sign_at_zero_degrees([Range(1, 11)] int sign)
    {
        var boundary = 30.0 * sign;
        var on = Placement.Of(boundary);
        var ulpBelow = Placement.Of(Math.BitDecrement(boundary));
        var below = Placement.Of(boundary - JustBelow);
        Assert.Multiple(() =>
        {
            Assert.That(on.Sign, Is.EqualTo(sign));
            Assert.That(on.DegreeInSign, Is.Zero);
            Assert.That(ulpBelow.Sign, Is.EqualTo(sign));
            Assert.That(ulpBelow.DegreeInSign, Is.Zero);
            Assert.That(below.Sign, Is.EqualTo(sign - 1));
            Assert.That(below.DegreeInSign, Is.EqualTo(30 - JustBelow).Within(1e-12));
            Assert.That(Zodiac.SignOf(boundary), Is.EqualTo(sign));
        });
    }

    [Test]
    public void Zero_degrees_is_Ashwini_pada_1_in_Aries_navamsa()
    {
        var placement = Placement.Of(0);
        Assert.Multiple(() =>
        {
            Assert.That(placement.Longitude, Is.Zero);
            Assert.That(placement.Sign, Is.Zero);
            Assert.That(placement.DegreeInSign, Is.Zero);
            Assert.That(placement.Nakshatra, Is.EqualTo(new Nakshatra(1, 1)));
            Assert.That(placement.NavamsaSign, Is.Zero);
        });
    }

    [Test]
    public void Just_below_360_degrees_is_Revati_pada_4_in_Pisces_navamsa()
    {
        var placement = Placement.Of(359.9999999);
        Assert.Multiple(() =>
        {
            Assert.That(placement.Sign, Is.EqualTo(11));
            Assert.That(placement.DegreeInSign, Is.EqualTo(29.9999999).Within(1e-9));
            Assert.That(placement.Nakshatra, Is.EqualTo(new Nakshatra(27, 4)));
            Assert.That(placement.NavamsaSign, Is.EqualTo(11));
        });
    }

    [TestCase(360.0)]
    [TestCase(720.0)]
    [TestCase(-360.0)]
    public void Full_turns_normalise_to_zero_degrees(double longitude)
    {
        var placement = Placement.Of(longitude);
        Assert.Multiple(() =>
        {
            Assert.That(placement.Longitude, Is.Zero);
            Assert.That(placement.Sign, Is.Zero);
            Assert.That(placement.Nakshatra, Is.EqualTo(new Nakshatra(1, 1)));
            Assert.That(placement.NavamsaSign, Is.Zero);
        });
    }

    [Test]
    public void The_double_just_below_360_snaps_to_Ashwini_pada_1_at_zero_degrees_of_Aries()
    {
        var placement = Placement.Of(Math.BitDecrement(360.0));
        Assert.Multiple(() =>
        {
            Assert.That(placement.Sign, Is.Zero);
            Assert.That(placement.DegreeInSign, Is.Zero);
            Assert.That(placement.Nakshatra, Is.EqualTo(new Nakshatra(1, 1)));
            Assert.That(placement.NavamsaSign, Is.Zero);
        });
    }

    [Test]
    public void Slightly_negative_longitude_wraps_to_Revati_pada_4()
    {
        var placement = Placement.Of(-JustBelow);
        Assert.Multiple(() =>
        {
            Assert.That(placement.Longitude, Is.EqualTo(360 - JustBelow).Within(1e-12));
            Assert.That(placement.Nakshatra, Is.EqualTo(new Nakshatra(27, 4)));
            Assert.That(placement.NavamsaSign, Is.EqualTo(11));
            Assert.That(placement.Sign, Is.EqualTo(11));
        });
    }

    [Test]
    public void Arc_segment_uses_half_open_intervals_for_any_division_count([Values(12, 27, 108)] int divisions)
    {
        for (var k = 0; k < divisions; k++)
        {
            var boundary = 360.0 * k / divisions;
            Assert.That(Arc.Segment(boundary, divisions), Is.EqualTo(k), $"on boundary {k}");
            Assert.That(Arc.Segment(boundary - JustBelow, divisions), Is.EqualTo((k + divisions - 1) % divisions), $"below boundary {k}");
        }
    }
}
