using Jyotishika.Engine.Strength;

namespace Jyotishika.Engine.Tests.Strength;

/// <summary>
/// Shadbala component by component against two published worked examples. The values are the books', as transcribed in
/// PyJHora's tests (github.com/naturalstupid/PyJHora, src/jhora/tests/pvr_tests.py, functions shadbala_BVRamanBook_tests
/// and shadbala_VPJainBook_tests, commit e20943c620cdb07bd868124bae5ffc8c3a99861a); only the values are used.
/// Order everywhere: Sun, Moon, Mars, Mercury, Jupiter, Venus, Saturn.
/// </summary>
public sealed class ShadbalaReferenceTests
{
    private static async Task<ShadbalaResult> Raman() =>
        await Compute(new DateTime(1918, 10, 16, 8, 52, 16, DateTimeKind.Utc), 13.0, 77 + 35 / 60.0, Ayanamsha.Raman, ShadbalaOptions.Default);

    // V. P. Jain's example counts the moolatrikona by whole sign (his Sun in Leo 26° and Mercury in Virgo 20°30′ earn 45).
    private static async Task<ShadbalaResult> Jain() =>
        await Compute(
            new DateTime(1981, 9, 12, 20, 0, 0, DateTimeKind.Utc), 28 + 39 / 60.0, 77 + 13 / 60.0, Ayanamsha.Lahiri,
            ShadbalaOptions.Default with { MoolatrikonaSpan = MoolatrikonaSpan.WholeSign });

    private static async Task<ShadbalaResult> Compute(DateTime utc, double latitude, double longitude, Ayanamsha ayanamsha, ShadbalaOptions options)
    {
        var chart = await StrengthPool.Engine.ComputeAsync(
            new ChartInput(utc, latitude, longitude, ChartSettings.Default with { Ayanamsha = ayanamsha }));
        return await Shadbala.ComputeAsync(StrengthPool.Pool, chart, options);
    }

    private static void AssertComponent(
        ShadbalaResult result, Func<ShadbalaComponents, double> component, double[] expected, double tolerance, params Graha[] skip)
    {
        Assert.Multiple(() =>
        {
            for (var i = 0; i < 7; i++)
            {
                var graha = result.Grahas[i];
                if (!skip.Contains(graha.Graha))
                {
                    Assert.That(component(graha.Components), Is.EqualTo(expected[i]).Within(tolerance), graha.Graha.ToString());
                }
            }
        });
    }

    [Test]
    public async Task Raman_sthana_bala_components_match_the_book()
    {
        var result = await Raman();

        // Uchcha: ≤ 0.3 from the positions except Saturn (34.79 vs 34.08): our Saturn is within 20″ of the book's
        // 124°22′41″, whose arc from 20° Aries gives 34.79, so the printed 34.08 does not follow from the book's own position.
        AssertComponent(result, c => c.Uchcha, [3.0, 32.75, 37.06, 54.5, 56.33, 1.95, 34.08], 0.75);
        AssertComponent(result, c => c.Saptavargaja, [90, 48.75, 90, 135, 71.25, 116.25, 97.5], 0.001);
        AssertComponent(result, c => c.Ojayugma, [30, 15, 15, 30, 15, 30, 15], 0);
        AssertComponent(result, c => c.Kendradi, [60, 30, 30, 60, 15, 15, 30], 0);
        AssertComponent(result, c => c.Drekkana, [15, 0, 0, 0, 0, 15, 0], 0);
        AssertComponent(result, c => c.Sthana, [198, 126.5, 172.06, 279.5, 157.58, 178.2, 177.3], 0.75);
    }

    [Test]
    public async Task Raman_dig_kaala_cheshta_drik_match_the_book()
    {
        var result = await Raman();

        // Dig: ≤ 0.4 (the book's bhava cusps vs the chart's ascendant and midheaven). Mars is skipped: the printed 64.30
        // exceeds dig bala's maximum of 60, a misprint; ours is 55.4 from Mars 14° past the nadir's opposite.
        AssertComponent(result, c => c.Dig, [48.10, 31.56, 64.30, 21.09, 11.50, 15.15, 58.02], 0.4, Graha.Mars);

        // Nathonnatha: the book's apparent time is ~3 minutes later than the Sun's lower transit here (0.27 virupa).
        AssertComponent(result, c => c.Nathonnatha, [48.32, 11.68, 11.68, 60, 48.32, 48.32, 11.68], 0.3);
        AssertComponent(result, c => c.Paksha, [16.54, 86.92, 16.54, 16.54, 43.46, 43.46, 16.54], 0.05);
        AssertComponent(result, c => c.Tribhaga, [0, 0, 0, 0, 60, 0, 60], 0);
        AssertComponent(result, c => c.Abda, [0, 0, 0, 0, 0, 0, 15], 0);
        AssertComponent(result, c => c.Masa, [0, 0, 0, 30, 0, 0, 0], 0);
        AssertComponent(result, c => c.Vara, [0, 0, 0, 45, 0, 0, 0], 0);
        AssertComponent(result, c => c.Hora, [0, 60, 0, 0, 0, 0, 0], 0);

        // Ayana: ≤ 0.55, the book's kranti tables (interpolated in whole degrees) vs the exact sine formula.
        AssertComponent(result, c => c.Ayana, [38.12, 43.44, 1.84, 41.25, 59.4, 23.75, 13.75], 0.55);

        // No two of Mars … Saturn are within 1°; the book's kaala totals include no yuddha bala.
        AssertComponent(result, c => c.Yuddha, [0, 0, 0, 0, 0, 0, 0], 0);
        Assert.That(result.Wars, Is.Empty);

        // Cheshta: modern mean longitudes vs Raman's epoch tables; ≤ 0.75 except Mercury (6.6 vs 2.3), whose sheeghrochcha
        // in the classical tables differs most from the modern heliocentric mean longitude (13° of cheshta kendra).
        AssertComponent(result, c => c.Cheshta, [0, 0, 22.23, 2.3, 35.26, 5.95, 21.14], 0.75, Graha.Mercury);
        AssertComponent(result, c => c.Cheshta, [0, 0, 22.23, 2.3, 35.26, 5.95, 21.14], 4.5);
        AssertComponent(result, c => c.Naisargika, [60, 51.43, 17.14, 25.70, 34.28, 42.85, 8.57], 0.015);
        AssertComponent(result, c => c.Drik, [15.86, -21.73, 0.95, 15.64, -16.04, 18.47, 7.21], 0.05);
    }

    [Test]
    public async Task Jain_components_match_the_book()
    {
        var result = await Jain();

        AssertComponent(result, c => c.Uchcha, [14.54, 32.17, 4.94, 58.16, 34.85, 3.09, 48.81], 0.05);
        AssertComponent(result, c => c.Saptavargaja, [127.5, 30, 135, 120, 58.13, 150, 82.5], 0.01);
        AssertComponent(result, c => c.Ojayugma, [15, 0, 15, 0, 0, 15, 0], 0);

        // Kendradi + drekkana are not printed separately; they are the book's sthana minus its other three parts.
        AssertComponent(result, c => c.Sthana, [172.04, 77.17, 184.94, 238.16, 152.98, 198.08, 206.31], 0.05);
        AssertComponent(result, c => c.Dig, [6.59, 12.22, 20.99, 31.97, 31.99, 53.29, 26.67], 0.05);
        AssertComponent(result, c => c.Nathonnatha, [6.1, 53.9, 53.9, 60.0, 6.1, 6.1, 53.9], 0.1);
        AssertComponent(result, c => c.Paksha, [5.62, 108.76, 5.62, 54.38, 54.38, 54.38, 5.62], 0.05);
        AssertComponent(result, c => c.Tribhaga, [0, 0, 0, 0, 60, 60, 0], 0);
        AssertComponent(result, c => c.Abda, [0, 0, 15, 0, 0, 0, 0], 0);
        AssertComponent(result, c => c.Masa, [0, 0, 30, 0, 0, 0, 0], 0);
        AssertComponent(result, c => c.Vara, [0, 0, 0, 0, 0, 0, 45], 0);
        AssertComponent(result, c => c.Hora, [0, 0, 0, 60, 0, 0, 0], 0);
        AssertComponent(result, c => c.Ayana, [70.08, 43.19, 53.56, 37.10, 22.94, 15.41, 35.04], 0.25);

        // Cheshta: ≤ 0.45 except Venus (1.1) and Mercury (4.4); see the Raman test.
        AssertComponent(result, c => c.Cheshta, [0, 0, 20.93, 28.76, 8.43, 28.18, 5.05], 0.45, Graha.Mercury, Graha.Venus);
        AssertComponent(result, c => c.Cheshta, [0, 0, 20.93, 28.76, 8.43, 28.18, 5.05], 4.5);
        AssertComponent(result, c => c.Naisargika, [60.0, 51.43, 17.14, 25.71, 34.29, 42.86, 8.57], 0.005);
        AssertComponent(result, c => c.Drik, [11.24, -0.32, -5.10, 4.29, 4.32, -2.86, 5.82], 0.05);
    }

    [Test]
    public async Task Jain_war_of_Mercury_and_Jupiter_is_won_by_the_northern_Jupiter()
    {
        // Mercury (170°31′, latitude −1.4°) and Jupiter (170°28′, +1.1°) are at war. The book's kaala totals imply
        // Mercury −0.80 and Jupiter +0.80 (210.68 and 144.22 against the sums of its other parts). BPHS's rule on the
        // book's own printed parts gives 0.757: sthana + dig + kaala up to hora are 444.51 and 305.45, and
        // 139.06 / (190.4 − 6.6) = 0.757 (with ayana bala also counted it would be 0.834; no sum of the printed parts
        // gives exactly 0.80 with BPHS's diameters). Hence the tolerance of 0.05.
        var result = await Jain();

        var war = result.Wars.Single();
        Assert.Multiple(() =>
        {
            Assert.That(war.Victor, Is.EqualTo(Graha.Jupiter));
            Assert.That(war.Vanquished, Is.EqualTo(Graha.Mercury));
            Assert.That(war.Separation, Is.LessThan(YuddhaBala.WarOrb));
            Assert.That(result[Graha.Mercury].Components.Yuddha, Is.EqualTo(-0.80).Within(0.05));
            Assert.That(result[Graha.Jupiter].Components.Yuddha, Is.EqualTo(0.80).Within(0.05));
            Assert.That(result[Graha.Sun].Components.Yuddha, Is.Zero);
            Assert.That(war.Virupas, Is.EqualTo(result[Graha.Jupiter].Components.Yuddha));
        });

        // Every graha's kaala bala, the war included, matches the book.
        AssertComponent(result, c => c.Kaala, [81.80, 205.85, 158.08, 210.68, 144.22, 135.89, 139.56], 0.35);
    }

    [Test]
    public async Task Jain_war_victor_follows_the_chosen_rule()
    {
        var stronger = await Compute(
            new DateTime(1981, 9, 12, 20, 0, 0, DateTimeKind.Utc), 28 + 39 / 60.0, 77 + 13 / 60.0, Ayanamsha.Lahiri,
            ShadbalaOptions.Default with { MoolatrikonaSpan = MoolatrikonaSpan.WholeSign, YuddhaVictor = YuddhaVictor.GreaterStrength });
        var behind = await Compute(
            new DateTime(1981, 9, 12, 20, 0, 0, DateTimeKind.Utc), 28 + 39 / 60.0, 77 + 13 / 60.0, Ayanamsha.Lahiri,
            ShadbalaOptions.Default with { MoolatrikonaSpan = MoolatrikonaSpan.WholeSign, YuddhaVictor = YuddhaVictor.LesserLongitude });

        // Mercury's sum before the war is the greater (444.5 against 305.5); Jupiter is 3′ behind Mercury.
        Assert.That(stronger.Wars.Single().Victor, Is.EqualTo(Graha.Mercury));
        Assert.That(stronger[Graha.Mercury].Components.Yuddha, Is.GreaterThan(0.7));
        Assert.That(behind.Wars.Single().Victor, Is.EqualTo(Graha.Jupiter));
        Assert.That(stronger.Options.YuddhaVictor, Is.EqualTo(YuddhaVictor.GreaterStrength));
    }
}
