using Jyotishika.Engine.Vargas;

namespace Jyotishika.Engine.Tests.Vargas;

/// <summary>
/// Every part boundary of every named equal-part varga in Aries (odd, movable, fiery), Taurus (even, fixed, earthy),
/// Gemini (odd, dual, airy) and Cancer (even, movable, watery). Expected signs are written out by hand from the rules
/// (BPHS ch. 6; PyJHora defaults for D5, D6, D8, D11; parivritti for D81, D108, D144): a longitude on a boundary
/// belongs to the part that starts there, 1e-9° below it to the previous part.
/// </summary>
[TestFixture]
public sealed class VargaBoundaryTests
{
    private const double JustBelow = 1e-9;

    /// <summary>Division, rasi sign, then the varga sign of each part in order (written out in full).</summary>
    private static readonly (int Division, string Rasi, string Parts)[] Written =
    [
        (1, "Ar", "Ar"), (1, "Ta", "Ta"), (1, "Ge", "Ge"), (1, "Cn", "Cn"),

        // Hora: odd signs Sun (Leo) then Moon (Cancer); even signs Moon then Sun.
        (2, "Ar", "Le Cn"), (2, "Ta", "Cn Le"), (2, "Ge", "Le Cn"), (2, "Cn", "Cn Le"),

        // Drekkana: the sign, its 5th, its 9th.
        (3, "Ar", "Ar Le Sg"), (3, "Ta", "Ta Vi Cp"), (3, "Ge", "Ge Li Aq"), (3, "Cn", "Cn Sc Pi"),

        // Chaturthamsa: the sign and its kendras.
        (4, "Ar", "Ar Cn Li Cp"), (4, "Ta", "Ta Le Sc Aq"), (4, "Ge", "Ge Vi Sg Pi"), (4, "Cn", "Cn Li Cp Ar"),

        // Panchamsa: Trimsamsa lords' odd signs (Mars, Saturn, Jupiter, Mercury, Venus) in odd signs, even in even.
        (5, "Ar", "Ar Aq Sg Ge Li"), (5, "Ta", "Ta Vi Pi Cp Sc"), (5, "Ge", "Ar Aq Sg Ge Li"), (5, "Cn", "Ta Vi Pi Cp Sc"),

        // Shashthamsa: odd from Aries, even from Libra.
        (6, "Ar", "Ar Ta Ge Cn Le Vi"), (6, "Ta", "Li Sc Sg Cp Aq Pi"), (6, "Ge", "Ar Ta Ge Cn Le Vi"), (6, "Cn", "Li Sc Sg Cp Aq Pi"),

        // Saptamsa: odd from the sign, even from its 7th.
        (7, "Ar", "Ar Ta Ge Cn Le Vi Li"), (7, "Ta", "Sc Sg Cp Aq Pi Ar Ta"),
        (7, "Ge", "Ge Cn Le Vi Li Sc Sg"), (7, "Cn", "Cp Aq Pi Ar Ta Ge Cn"),

        // Ashtamsa: movable from Aries, fixed from Sagittarius, dual from Leo.
        (8, "Ar", "Ar Ta Ge Cn Le Vi Li Sc"), (8, "Ta", "Sg Cp Aq Pi Ar Ta Ge Cn"),
        (8, "Ge", "Le Vi Li Sc Sg Cp Aq Pi"), (8, "Cn", "Ar Ta Ge Cn Le Vi Li Sc"),

        // Navamsa: fiery from Aries, earthy from Capricorn, airy from Libra, watery from Cancer.
        (9, "Ar", "Ar Ta Ge Cn Le Vi Li Sc Sg"), (9, "Ta", "Cp Aq Pi Ar Ta Ge Cn Le Vi"),
        (9, "Ge", "Li Sc Sg Cp Aq Pi Ar Ta Ge"), (9, "Cn", "Cn Le Vi Li Sc Sg Cp Aq Pi"),

        // Dasamsa: odd from the sign, even from its 9th.
        (10, "Ar", "Ar Ta Ge Cn Le Vi Li Sc Sg Cp"), (10, "Ta", "Cp Aq Pi Ar Ta Ge Cn Le Vi Li"),
        (10, "Ge", "Ge Cn Le Vi Li Sc Sg Cp Aq Pi"), (10, "Cn", "Pi Ar Ta Ge Cn Le Vi Li Sc Sg"),

        // Rudramsa (PyJHora/JHora default): Aries from Aries, Taurus from Pisces, Gemini from Aquarius …, forward.
        (11, "Ar", "Ar Ta Ge Cn Le Vi Li Sc Sg Cp Aq"), (11, "Ta", "Pi Ar Ta Ge Cn Le Vi Li Sc Sg Cp"),
        (11, "Ge", "Aq Pi Ar Ta Ge Cn Le Vi Li Sc Sg"), (11, "Cn", "Cp Aq Pi Ar Ta Ge Cn Le Vi Li Sc"),

        // Dwadasamsa: from the sign.
        (12, "Ar", "Ar Ta Ge Cn Le Vi Li Sc Sg Cp Aq Pi"), (12, "Ta", "Ta Ge Cn Le Vi Li Sc Sg Cp Aq Pi Ar"),
        (12, "Ge", "Ge Cn Le Vi Li Sc Sg Cp Aq Pi Ar Ta"), (12, "Cn", "Cn Le Vi Li Sc Sg Cp Aq Pi Ar Ta Ge"),
    ];

    /// <summary>Division, rasi sign, sign of the first part; later parts follow in zodiacal order.</summary>
    private static readonly (int Division, string Rasi, string First)[] Counted =
    [
        (16, "Ar", "Ar"), (16, "Ta", "Le"), (16, "Ge", "Sg"), (16, "Cn", "Ar"), // movable Ar, fixed Le, dual Sg
        (20, "Ar", "Ar"), (20, "Ta", "Sg"), (20, "Ge", "Le"), (20, "Cn", "Ar"), // movable Ar, fixed Sg, dual Le
        (24, "Ar", "Le"), (24, "Ta", "Cn"), (24, "Ge", "Le"), (24, "Cn", "Cn"), // odd Le, even Cn
        (27, "Ar", "Ar"), (27, "Ta", "Cn"), (27, "Ge", "Li"), (27, "Cn", "Cp"), // fire Ar, earth Cn, air Li, water Cp
        (40, "Ar", "Ar"), (40, "Ta", "Li"), (40, "Ge", "Ar"), (40, "Cn", "Li"), // odd Ar, even Li
        (45, "Ar", "Ar"), (45, "Ta", "Le"), (45, "Ge", "Sg"), (45, "Cn", "Ar"), // movable Ar, fixed Le, dual Sg
        (60, "Ar", "Ar"), (60, "Ta", "Ta"), (60, "Ge", "Ge"), (60, "Cn", "Cn"), // from the sign
        (81, "Ar", "Ar"), (81, "Ta", "Cp"), (81, "Ge", "Li"), (81, "Cn", "Cn"), // navamsa of navamsa: 81 ≡ 9 (mod 12)
        (108, "Ar", "Ar"), (108, "Ta", "Ar"), (108, "Ge", "Ar"), (108, "Cn", "Ar"), // 108 ≡ 0 (mod 12)
        (144, "Ar", "Ar"), (144, "Ta", "Ar"), (144, "Ge", "Ar"), (144, "Cn", "Ar"), // 144 ≡ 0 (mod 12)
    ];

    private static IEnumerable<TestCaseData> Cases()
    {
        foreach (var (division, rasi, parts) in Written)
        {
            yield return Case(division, rasi, SignNotation.ParseList(parts));
        }

        foreach (var (division, rasi, first) in Counted)
        {
            var start = SignNotation.Parse(first);
            yield return Case(division, rasi, [.. Enumerable.Range(0, division).Select(k => (start + k) % 12)]);
        }
    }

    private static TestCaseData Case(int division, string rasi, int[] parts) =>
        new TestCaseData(division, SignNotation.Parse(rasi), parts).SetName($"D{division} in {rasi}");

    [Test]
    public void Every_named_varga_has_boundary_cases()
    {
        var covered = Written.Select(c => c.Division).Concat(Counted.Select(c => c.Division)).ToHashSet();
        var named = Enum.GetValues<Varga>().Select(v => (int)v).Where(n => n != 30); // D30 has its own fixture.
        Assert.That(covered, Is.SupersetOf(named));
    }

    [TestCaseSource(nameof(Cases))]
    public void Each_part_starts_on_its_boundary_and_the_previous_part_ends_just_below_it(int division, int rasi, int[] parts)
    {
        Assert.That(parts, Has.Length.EqualTo(division), "expected list length");
        var signStart = 30.0 * rasi;
        Assert.Multiple(() =>
        {
            Assert.That(Sign(signStart, division), Is.EqualTo(parts[0]), "0° of the sign");
            Assert.That(Sign(signStart + 30.0 - JustBelow, division), Is.EqualTo(parts[^1]), "1e-9° before the next sign");
            for (var k = 1; k < division; k++)
            {
                var boundary = signStart + 30.0 * k / division;
                var on = DivisionalChart.Of(boundary, division);
                var below = DivisionalChart.Of(boundary - JustBelow, division);
                Assert.That(on.Sign, Is.EqualTo(parts[k]), $"on boundary {k} ({SignNotation.Name(parts[k])} expected)");
                Assert.That(below.Sign, Is.EqualTo(parts[k - 1]), $"1e-9° below boundary {k}");
                Assert.That(on.DegreeInSign, Is.LessThan(1e-6), $"degree restarts at boundary {k}");
                Assert.That(below.DegreeInSign, Is.GreaterThan(29.999).And.LessThan(30.0), $"degree just below boundary {k}");
            }
        });
    }

    [TestCase(0.0, "Ar")]
    [TestCase(10.0 / 3, "Ta")]
    [TestCase(29.99, "Sg")]
    [TestCase(30.0, "Cp")]
    [TestCase(60.0, "Li")]
    [TestCase(90.0, "Cn")]
    [TestCase(359.99, "Pi")]
    public void Navamsa_examples(double longitude, string expected) =>
        Assert.That(DivisionalChart.Of(longitude, Varga.Navamsa).Sign, Is.EqualTo(SignNotation.Parse(expected)));

    [TestCase(0.0, "Le")]
    [TestCase(14.99, "Le")]
    [TestCase(15.0, "Cn")]
    [TestCase(30.0, "Cn")]
    [TestCase(45.0, "Le")]
    [TestCase(120.0 + 7.0, "Le")]
    [TestCase(330.0 + 20.0, "Le")]
    public void Hora_examples(double longitude, string expected) =>
        Assert.That(DivisionalChart.Of(longitude, Varga.Hora).Sign, Is.EqualTo(SignNotation.Parse(expected)));

    private static int Sign(double longitude, int division) => DivisionalChart.Of(longitude, division).Sign;
}
