using Jyotishika.Engine.Dasha;

namespace Jyotishika.Engine.Tests.Dasha;

/// <summary>
/// The conditions of BPHS ch. 46 for the conditional nakshatra dashas, each on a constructed chart that meets it and
/// one that just misses it (a near sign, the other hora, the other paksha …). Houses are whole signs.
/// </summary>
public sealed class DashaApplicabilityTests
{
    // Every graha somewhere harmless unless a case moves it: Sun Gemini, Moon Virgo (Moon 100° ahead, Shukla),
    // Mars Cancer, Mercury Gemini, Jupiter Pisces, Venus Taurus, Saturn Aquarius, Rahu Virgo, Ketu Pisces.
    private static readonly Dictionary<Graha, double> Neutral = new()
    {
        [Graha.Sun] = 70, [Graha.Moon] = 170, [Graha.Mars] = 100, [Graha.Mercury] = 75, [Graha.Jupiter] = 340,
        [Graha.Venus] = 45, [Graha.Saturn] = 310, [Graha.Rahu] = 160, [Graha.Ketu] = 340,
    };

    private static Chart ChartOf(double ascendant, params (Graha Graha, double Longitude)[] moved)
    {
        var at = new Dictionary<Graha, double>(Neutral);
        foreach (var (graha, longitude) in moved)
        {
            at[graha] = longitude;
        }

        var grahas = at.Select(pair => new GrahaPosition(pair.Key, Placement.Of(pair.Value), 0, 1, 1, 1, Combust: false, Stationary: false))
            .ToList();
        return new Chart(
            new DateTime(2000, 1, 1, 12, 0, 0, DateTimeKind.Utc), 2451545.0, 0, 0, ChartSettings.Default, 23.85,
            grahas, Placement.Of(ascendant), Placement.Of(ascendant + 270), []);
    }

    private static bool Applies(DashaSystem system, Chart chart) => DashaApplicability.Of(system, chart)!.Applies;

    [TestCase(DashaSystem.Vimshottari)]
    [TestCase(DashaSystem.Yogini)]
    [TestCase(DashaSystem.Tribhagi)]
    [TestCase(DashaSystem.Chara)]
    public void Systems_for_every_chart_have_no_condition(DashaSystem system) =>
        Assert.That(DashaApplicability.Of(system, ChartOf(10)), Is.Null);

    [Test]
    public void Every_condition_names_its_system_and_source()
    {
        DashaSystem[] conditional =
        [
            DashaSystem.Ashtottari, DashaSystem.Shodasottari, DashaSystem.Dwadasottari, DashaSystem.Panchottari, DashaSystem.Shatabdika,
            DashaSystem.ChaturaseetiSama, DashaSystem.DwisaptatiSama, DashaSystem.Shashtihayani, DashaSystem.ShattrimsaSama,
        ];

        Assert.That(conditional.Select(s => DashaApplicability.Of(s, ChartOf(10))!.Rule), Has.All.Contains("BPHS"));
    }

    // Lagna Aries, its lord Mars in Leo: Rahu in Sagittarius is 5th from Mars, in Scorpio 4th; in Virgo 2nd (neither);
    // in Aries 9th from Mars but in the lagna, which the rule excludes.
    [TestCase(250.0, true)]
    [TestCase(220.0, true)]
    [TestCase(160.0, false)]
    [TestCase(20.0, false)]
    public void Ashtottari_rahu_in_a_kendra_or_trikona_from_the_lagna_lord_but_not_in_the_lagna(double rahu, bool applies) =>
        Assert.That(Applies(DashaSystem.Ashtottari, ChartOf(10, (Graha.Mars, 130), (Graha.Rahu, rahu))), Is.EqualTo(applies));

    // Aries (odd): 0–15° the Sun's hora, 15–30° the Moon's. Taurus (even) the reverse. Moon 100° ahead of the Sun:
    // Shukla; 200° ahead: Krishna.
    [TestCase(5.0, 170.0, true)]
    [TestCase(5.0, 270.0, false)]
    [TestCase(20.0, 270.0, true)]
    [TestCase(20.0, 170.0, false)]
    [TestCase(35.0, 270.0, true)]
    public void Shodasottari_suns_hora_in_shukla_or_moons_hora_in_krishna(double ascendant, double moon, bool applies) =>
        Assert.That(Applies(DashaSystem.Shodasottari, ChartOf(ascendant, (Graha.Moon, moon))), Is.EqualTo(applies));

    // Aries navamsas: 0–3°20′ Aries, 3°20′–6°40′ Taurus (Venus), 16°40′–20° Virgo, 20°–23°20′ Libra (Venus).
    [TestCase(5.0, true)]
    [TestCase(21.0, true)]
    [TestCase(1.0, false)]
    [TestCase(18.0, false)]
    public void Dwadasottari_lagna_in_a_navamsa_of_venus(double ascendant, bool applies) =>
        Assert.That(Applies(DashaSystem.Dwadasottari, ChartOf(ascendant)), Is.EqualTo(applies));

    // Cancer 0–2°30′ is Cancer's own dwadasamsa, 2°30′–5° Leo; Aries 7°30′–10° is also a Cancer dwadasamsa, but the
    // lagna is not in Cancer (PyJHora checks the dwadasamsa alone and would accept it).
    [TestCase(91.0, true)]
    [TestCase(94.0, false)]
    [TestCase(8.0, false)]
    public void Panchottari_lagna_in_cancer_and_in_cancers_dwadasamsa(double ascendant, bool applies) =>
        Assert.That(Applies(DashaSystem.Panchottari, ChartOf(ascendant)), Is.EqualTo(applies));

    // Aries 0–3°20′ is the Aries navamsa (vargottama); Cancer 0–3°20′ the Cancer navamsa; Aries 5° the Taurus navamsa.
    [TestCase(2.0, true)]
    [TestCase(91.0, true)]
    [TestCase(5.0, false)]
    public void Shatabdika_lagna_vargottama(double ascendant, bool applies) =>
        Assert.That(Applies(DashaSystem.Shatabdika, ChartOf(ascendant)), Is.EqualTo(applies));

    // Lagna Aries: the 10th is Capricorn, its lord Saturn.
    [TestCase(280.0, true)]
    [TestCase(310.0, false)]
    public void Chaturaseeti_sama_tenth_lord_in_the_tenth(double saturn, bool applies) =>
        Assert.That(Applies(DashaSystem.ChaturaseetiSama, ChartOf(10, (Graha.Saturn, saturn))), Is.EqualTo(applies));

    // Lagna Aries: its lord Mars, the 7th Libra and its lord Venus.
    [TestCase(190.0, 45.0, true)]
    [TestCase(100.0, 15.0, true)]
    [TestCase(100.0, 45.0, false)]
    [TestCase(15.0, 190.0, false)]
    public void Dwisaptati_sama_lagna_lord_in_the_seventh_or_seventh_lord_in_the_lagna(double mars, double venus, bool applies) =>
        Assert.That(Applies(DashaSystem.DwisaptatiSama, ChartOf(10, (Graha.Mars, mars), (Graha.Venus, venus))), Is.EqualTo(applies));

    [TestCase(29.0, true)]
    [TestCase(31.0, false)]
    public void Shashtihayani_sun_in_the_lagna(double sun, bool applies) =>
        Assert.That(Applies(DashaSystem.Shashtihayani, ChartOf(1, (Graha.Sun, sun), (Graha.Moon, sun + 100))), Is.EqualTo(applies));

    // The Sun 90° behind the ascendant culminates (day); 90° ahead it is at the nadir (night). Aries 10° the Sun's
    // hora, Aries 20° the Moon's.
    [TestCase(10.0, 280.0, true)]
    [TestCase(10.0, 100.0, false)]
    [TestCase(20.0, 110.0, true)]
    [TestCase(20.0, 290.0, false)]
    public void Shattrimsa_sama_day_birth_in_suns_hora_or_night_birth_in_moons_hora(double ascendant, double sun, bool applies) =>
        Assert.That(Applies(DashaSystem.ShattrimsaSama, ChartOf(ascendant, (Graha.Sun, sun), (Graha.Moon, sun + 100))), Is.EqualTo(applies));

    [Test]
    public async Task Day_and_night_follow_the_sun_over_chennai()
    {
        // Chennai, 7 December 1996: the Sun rose near 06:20 IST and set near 17:45 IST; the Moon, in Swati three days
        // before the new moon of 10 December, was waning.
        async Task<Chart> At(int hourUtc, int minuteUtc) => await EnginePool.Engine.ComputeAsync(
            new ChartInput(new DateTime(1996, 12, 7, hourUtc, minuteUtc, 0, DateTimeKind.Utc), 13.0878, 80.2785, ChartSettings.Default));

        var morning = await At(5, 4);    // 10:34 IST
        var evening = await At(17, 4);   // 22:34 IST
        var beforeDawn = await At(0, 30); // 06:00 IST

        Assert.Multiple(() =>
        {
            Assert.That(DashaApplicability.IsDayBirth(morning), Is.True);
            Assert.That(DashaApplicability.IsDayBirth(evening), Is.False);
            Assert.That(DashaApplicability.IsDayBirth(beforeDawn), Is.False);
            Assert.That(DashaApplicability.IsShukla(morning), Is.False);
        });
    }
}
