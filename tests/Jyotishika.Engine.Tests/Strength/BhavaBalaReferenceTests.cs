using Jyotishika.Engine.Strength;

namespace Jyotishika.Engine.Tests.Strength;

/// <summary>
/// Bhava bala of B. V. Raman's worked example (<i>Graha and Bhava Balas</i>: 1918-10-16 14:22:16 IST, 13°N 77°35′E,
/// Raman ayanamsha). The book's bhava bala table itself is not transcribed in any source at hand (PyJHora's
/// pvr_tests.py, commit e20943c620cdb07bd868124bae5ffc8c3a99861a, holds its shadbala but no bhava bala values), so the
/// bhavadhipati bala is checked against the book's shadbala totals as transcribed there, and dig and drishti bala against
/// values worked by hand from the rules and this chart's madhyas.
/// </summary>
public sealed class BhavaBalaReferenceTests
{
    // The book's shadbala totals (virupas), Sun … Saturn, from the same PyJHora transcription.
    private static readonly Dictionary<Graha, double> BookShadbala = new()
    {
        [Graha.Sun] = 424.24, [Graha.Moon] = 389.80, [Graha.Mars] = 306.20, [Graha.Mercury] = 537.02,
        [Graha.Jupiter] = 433.71, [Graha.Venus] = 376.15, [Graha.Saturn] = 389.21,
    };

    private static async Task<(Chart Chart, ShadbalaResult Shadbala)> Raman()
    {
        var chart = await StrengthPool.Engine.ComputeAsync(new ChartInput(
            new DateTime(1918, 10, 16, 8, 52, 16, DateTimeKind.Utc), 13.0, 77 + 35 / 60.0,
            ChartSettings.Default with { Ayanamsha = Ayanamsha.Raman }));
        return (chart, await Shadbala.ComputeAsync(StrengthPool.Pool, chart));
    }

    [Test]
    public async Task Raman_bhavadhipati_bala_is_the_books_shadbala_of_the_madhya_lord()
    {
        var (chart, shadbala) = await Raman();

        var houses = BhavaBala.Of(chart, shadbala);

        // Lords of the Sripati madhyas: Capricorn 27°, Pisces, Aries, Taurus, Gemini, Cancer, Cancer, Virgo, Libra, Scorpio,
        // Sagittarius 3°, Capricorn 0°. Residuals are the shadbala ones (ShadbalaReferenceTests): ≤ 1.1 except Mars
        // (297.6 vs 306.2: the book's dig bala 64.30 is a misprint above the maximum of 60) and Mercury (541.7 vs 537.0:
        // cheshta from modern mean motions vs Raman's tables, 4.3 of it).
        Graha[] lords = [Graha.Saturn, Graha.Jupiter, Graha.Mars, Graha.Venus, Graha.Mercury, Graha.Moon, Graha.Moon,
            Graha.Mercury, Graha.Venus, Graha.Mars, Graha.Jupiter, Graha.Saturn];
        Assert.Multiple(() =>
        {
            foreach (var house in houses)
            {
                var lord = lords[house.House - 1];
                var tolerance = lord switch { Graha.Mars => 9.0, Graha.Mercury => 5.0, _ => 1.1 };
                Assert.That(house.Lord, Is.EqualTo(lord), $"house {house.House}");
                Assert.That(house.Components.Bhavadhipati, Is.EqualTo(shadbala[lord].TotalVirupas).Within(1e-9));
                Assert.That(house.Components.Bhavadhipati, Is.EqualTo(BookShadbala[lord]).Within(tolerance), $"house {house.House}");
            }
        });
    }

    [Test]
    public async Task Raman_bhava_dig_bala_follows_the_sign_type_of_each_madhya()
    {
        var (chart, shadbala) = await Raman();

        var houses = BhavaBala.Of(chart, shadbala);

        // Worked by hand: Capricorn 27° (jalachara, 3 houses from the 4th) 30; Pisces (jalachara, 2 from the 4th) 40;
        // Aries (chatushpada, 5 from the 10th) 10; Taurus (chatushpada, in the 4th) 0; Gemini (nara, 4 from the 1st) 20;
        // Cancer 40 and 30; Virgo (nara, 5 from the 1st) 10; Libra 20; Scorpio (keeta, 3 from the 7th) 30; Sagittarius 3°
        // (nara) 40; Capricorn 0° (chatushpada, 2 from the 10th) 40. Exact: no madhya is within 1° of a sign or half-sign edge.
        Assert.That(houses.Select(h => h.Components.Dig), Is.EqualTo(new[] { 30.0, 40, 10, 0, 20, 40, 30, 10, 20, 30, 40, 40 }));
    }

    [Test]
    public async Task Raman_bhava_drishti_bala_of_the_fourth_worked_by_hand()
    {
        var (chart, shadbala) = await Raman();

        var fourth = BhavaBala.Of(chart, shadbala)[3];

        // Madhya Taurus 5°44′ (35.73°). Aspect values (drishti kendra = madhya − graha): Sun 214.8° → 42.59, malefic, ¼;
        // waxing Moon 84.5° → 39.49, benefic, ¼; Mars 166.3° → 32.56, malefic, ¼; Mercury (with the Sun, so malefic)
        // 214.2° → 42.89, in full; Jupiter 311.7° → 0; Venus 224.6° → 37.71, benefic, ¼; Saturn 271.4° → 14.32 + 45 special,
        // malefic, ¼. Sum −57.20; the tolerance covers the two-decimal longitudes of the hand work.
        Assert.That(fourth.Components.Drishti, Is.EqualTo(-57.20).Within(0.05));
        Assert.That(fourth.TotalVirupas, Is.EqualTo(fourth.Components.Total).Within(1e-9));
        Assert.That(fourth.Rupas, Is.EqualTo(fourth.TotalVirupas / 60).Within(1e-12));
    }
}
