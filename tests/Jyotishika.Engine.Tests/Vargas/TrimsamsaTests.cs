using Jyotishika.Engine.Vargas;

namespace Jyotishika.Engine.Tests.Vargas;

/// <summary>
/// D30 (BPHS ch. 6): odd signs 0–5 Ar, 5–10 Aq, 10–18 Sg, 18–25 Ge, 25–30 Li; even signs 0–5 Ta, 5–12 Vi, 12–20 Pi,
/// 20–25 Cp, 25–30 Sc. The degree inside the D30 sign is the advance through the part scaled to 30° over its width.
/// </summary>
[TestFixture]
public sealed class TrimsamsaTests
{
    private const double JustBelow = 1e-9;

    private static readonly (double Start, string Sign)[] OddParts = [(0, "Ar"), (5, "Aq"), (10, "Sg"), (18, "Ge"), (25, "Li")];

    private static readonly (double Start, string Sign)[] EvenParts = [(0, "Ta"), (5, "Vi"), (12, "Pi"), (20, "Cp"), (25, "Sc")];

    [Test]
    public void Part_boundaries_in_every_sign([Range(0, 11)] int rasi)
    {
        var parts = rasi % 2 == 0 ? OddParts : EvenParts;
        Assert.Multiple(() =>
        {
            for (var i = 0; i < parts.Length; i++)
            {
                var boundary = 30.0 * rasi + parts[i].Start;
                Assert.That(Of(boundary).Sign, Is.EqualTo(SignNotation.Parse(parts[i].Sign)), $"at {parts[i].Start}°");
                Assert.That(Of(boundary).DegreeInSign, Is.Zero, $"degree at {parts[i].Start}°");
                if (i > 0)
                {
                    var before = SignNotation.Parse(parts[i - 1].Sign);
                    Assert.That(Of(boundary - JustBelow).Sign, Is.EqualTo(before), $"1e-9° below {parts[i].Start}°");
                }
            }

            Assert.That(Of(30.0 * rasi + 30.0 - JustBelow).Sign, Is.EqualTo(SignNotation.Parse(parts[^1].Sign)), "end of sign");
        });
    }

    [TestCase(0 * 30 + 14.0, "Sg", 15.0)] // Aries 14°: 4° into the 8° part 10–18.
    [TestCase(0 * 30 + 2.5, "Ar", 15.0)] // Aries 2.5°: half of 0–5.
    [TestCase(2 * 30 + 21.5, "Ge", 15.0)] // Gemini 21.5°: half of 18–25.
    [TestCase(1 * 30 + 8.5, "Vi", 15.0)] // Taurus 8.5°: half of 5–12.
    [TestCase(3 * 30 + 14.0, "Pi", 7.5)] // Cancer 14°: 2° into the 8° part 12–20.
    [TestCase(11 * 30 + 27.5, "Sc", 15.0)] // Pisces 27.5°: half of 25–30.
    public void Degree_is_scaled_over_the_part(double longitude, string sign, double degree)
    {
        var placement = Of(longitude);
        Assert.Multiple(() =>
        {
            Assert.That(placement.Sign, Is.EqualTo(SignNotation.Parse(sign)));
            Assert.That(placement.DegreeInSign, Is.EqualTo(degree).Within(1e-9));
            Assert.That(placement.Varga, Is.EqualTo(Varga.Trimsamsa));
        });
    }

    private static VargaPlacement Of(double longitude) => DivisionalChart.Of(longitude, Varga.Trimsamsa);
}
