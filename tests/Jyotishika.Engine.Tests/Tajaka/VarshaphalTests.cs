using Jyotishika.Engine.Dasha;
using Jyotishika.Engine.Tajaka;

namespace Jyotishika.Engine.Tests.Tajaka;

/// <summary>
/// Tajaka annual charts against P. V. R. Narasimha Rao, "Vedic Astrology: An Integrated Approach" (Example 118,
/// Exercise 47, Examples 120 and 122, §28.4.2) and PyJHora's tests of the same examples (pvr_tests.py, chapters 27, 28
/// and 30; tithi pravesha test). PyJHora's births: Lahiri, civil time read as UT, geometric positions.
/// </summary>
public sealed class VarshaphalTests
{
    private static readonly TimeSpan Ist = TimeSpan.FromMinutes(330);

    private static readonly ChartSettings PyJHoraSettings =
        ChartSettings.Default with { PositionType = PositionType.Geometric, TimeScale = TimeScale.UtcAsUt };

    /// <summary>Example 118: 8 March 1967, 5:40 pm IST, 73 E 04, 26 N 18.</summary>
    private static readonly ChartInput Example118 = Birth(new DateTime(1967, 3, 8, 17, 40, 0), 26 + 18 / 60.0, 73 + 4 / 60.0);

    /// <summary>Example 122: 1 June 1972, 4:16 am IST, 81 E 12, 16 N 15.</summary>
    private static readonly ChartInput Example122 = Birth(new DateTime(1972, 6, 1, 4, 16, 0), 16.25, 81.2);

    /// <summary>PyJHora's tithi pravesha test birth: Chennai, 7 December 1996, 10:34 am IST.</summary>
    private static readonly ChartInput Chennai1996 = Birth(new DateTime(1996, 12, 7, 10, 34, 0), 13.0878, 80.2785);

    private static ChartInput Birth(DateTime ist, double latitude, double longitude) =>
        new(DateTime.SpecifyKind(ist - Ist, DateTimeKind.Utc), latitude, longitude, PyJHoraSettings);

    private static DateTime IstOf(string text) =>
        DateTime.SpecifyKind(DateTime.Parse(text, System.Globalization.CultureInfo.InvariantCulture) - Ist, DateTimeKind.Utc);

    private static double SecondsBetween(DateTime a, DateTime b) => Math.Abs((a - b).TotalSeconds);

    /// <summary>
    /// Example 118 (34th year), Exercise 47 (27th year) and §27.3–27.4's second month and its second sixty-hour chart:
    /// the book's times within a minute, PyJHora's within 2 s. PyJHora prints whole seconds and agrees with us to under a
    /// second; the book differs by 3 s to 44 s, its Sun at birth (23°50′25″ Aq, 4″ from PyJHora's 23°50′29″) and the older
    /// Jagannatha Hora behind it differing in ayanamsha and ΔT (4″ of the Sun's longitude is about 96 s of time).
    /// </summary>
    [TestCase(33, 1, 1, "2000-03-08 04:41:21", "2000-03-08 04:41:13")]
    [TestCase(26, 1, 1, "1993-03-08 09:36:18", "1993-03-08 09:36:15")]
    [TestCase(33, 2, 1, "2000-04-07 10:38:06", "2000-04-07 10:37:22")]
    [TestCase(33, 2, 2, "2000-04-09 23:40:51", "2000-04-09 23:40:11")]
    public async Task Example_118_praveshas_match_the_book_and_pyjhora(int completedYears, int month, int part, string book, string pyJHora)
    {
        var chart = await Varshaphal.SixtyHourPraveshaAsync(EnginePool.Engine, Example118, completedYears, month, part);

        Assert.That(SecondsBetween(chart.UtcInstant, IstOf(book)), Is.LessThan(60), "book");
        Assert.That(SecondsBetween(chart.UtcInstant, IstOf(pyJHora)), Is.LessThan(2), "PyJHora");
    }

    [Test]
    public async Task Example_118_annual_chart_starts_its_first_month_and_reports_twelve_months()
    {
        var annual = await Varshaphal.ComputeAsync(EnginePool.Engine, Example118, 33, VarshaphalOptions.Default);
        var secondMonth = await Varshaphal.MasaPraveshaAsync(EnginePool.Engine, Example118, 33, 2);

        Assert.That(SecondsBetween(annual.PraveshaUtc, IstOf("2000-03-08 04:41:21")), Is.LessThan(60));
        Assert.That(annual.MasaPraveshas, Has.Count.EqualTo(12));
        Assert.That(annual.MasaPraveshas[0], Is.EqualTo(annual.SolarReturnUtc));
        Assert.That(SecondsBetween(annual.MasaPraveshas[1], secondMonth.UtcInstant), Is.LessThan(0.01));
        Assert.That(annual.MasaPraveshas, Is.Ordered);
        Assert.That((annual.NextSolarReturnUtc - annual.SolarReturnUtc).TotalDays, Is.EqualTo(365.256).Within(0.02));
    }

    /// <summary>
    /// Example 120 on Chart 66: new year at night; candidates Jupiter (Moon in Pi), Sun (natal lagna Le), Venus (muntha
    /// Ta), Saturn (annual lagna Cp) and Mars (tri-rasi lord of Cp by night); Venus conjoins the lagna, Jupiter and Saturn
    /// square it, the Sun is semi-sextile, Mars sextile with the strongest bala, 13.7 (the book's one decimal: ±0.05).
    /// </summary>
    [Test]
    public async Task Example_120_year_lord_is_mars()
    {
        var annual = await Varshaphal.ComputeAsync(EnginePool.Engine, Example118, 33, VarshaphalOptions.Default);
        var candidates = annual.YearLord.Candidates;

        Assert.That(annual.Daytime, Is.False);
        Assert.That(annual.MunthaSign, Is.EqualTo(1), "Taurus");
        Assert.That(annual.Chart.Ascendant.Sign, Is.EqualTo(9), "Capricorn");
        Assert.That(candidates.Select(c => c.Graha),
            Is.EqualTo(new[] { Graha.Jupiter, Graha.Sun, Graha.Venus, Graha.Saturn, Graha.Mars }));
        Assert.That(candidates.Select(c => c.AspectOnLagna), Is.EqualTo(new[]
        {
            TajakaAspect.Square, TajakaAspect.SemiSextile, TajakaAspect.Conjunction, TajakaAspect.Square, TajakaAspect.Sextile,
        }));
        Assert.That(candidates.Single(c => c.Graha == Graha.Mars).Bala.Total, Is.EqualTo(13.7).Within(0.05));
        Assert.That(candidates.Max(c => c.Bala.Total), Is.EqualTo(candidates.Single(c => c.Graha == Graha.Mars).Bala.Total));
        Assert.That(annual.YearLord.Graha, Is.EqualTo(Graha.Mars));
    }

    /// <summary>§28.4.2: Jupiter at 8Vi30 is 116°30′ from his deep debilitation, uchcha bala 12.94 (the book's two decimals).</summary>
    [Test]
    public void Uchcha_bala_of_jupiter_at_8_virgo_30()
    {
        var bala = PanchaVargeeyaBala.Of(Graha.Jupiter, 150 + 8.5);

        Assert.That(bala.Uchcha, Is.EqualTo(12.94).Within(0.005));
    }

    /// <summary>
    /// Example 122, 22nd year (21 completed): the book's first lord Rahu (Sun 1 + 21 = 22, remainder 4) and "June 1 – July
    /// 14, 1993 is Rahu dasa" under the default year (this solar return to the next).
    /// </summary>
    [Test]
    public async Task Example_122_mudda_dasha_opens_with_rahu_until_july_14()
    {
        var annual = await Varshaphal.ComputeAsync(EnginePool.Engine, Example122, 21, VarshaphalOptions.Default);
        var rahu = annual.MuddaDasha.First(p => p.Level == 1);

        Assert.That(rahu.Lord.Graha, Is.EqualTo(Graha.Rahu));
        Assert.That(rahu.Start, Is.LessThan(annual.SolarReturnUtc));
        Assert.That((rahu.End + Ist).Date, Is.EqualTo(new DateTime(1993, 7, 14)));
        Assert.That((annual.SolarReturnUtc + Ist).Date, Is.EqualTo(new DateTime(1993, 6, 1)));
    }

    /// <summary>
    /// PyJHora's mudda dasha for Example 122 (pvr_tests.py, mudda_varsha_vimsottari_tests), with its fixed tropical year.
    /// Lords, durations (two decimals of a day) and every start counted from the first (to a minute) match. The whole
    /// sequence stands 3 h 13 min earlier in PyJHora: it counts the year from birth plus a fixed multiple of a year
    /// (here it lands as 21 × 365.25 days would, 1993-06-01 10:17 IST) where we count from the solar return (13:30 IST).
    /// </summary>
    [Test]
    public async Task Example_122_mudda_dasha_matches_pyjhora_with_its_year()
    {
        (Graha Lord, string StartIst, double Days)[] expected =
        [
            (Graha.Rahu, "1993-05-20 22:59:29", 54.79), (Graha.Jupiter, "1993-07-14 17:51:48", 48.7),
            (Graha.Saturn, "1993-09-01 10:38:18", 57.83), (Graha.Mercury, "1993-10-29 06:33:31", 51.74),
            (Graha.Ketu, "1993-12-20 00:22:55", 21.31), (Graha.Venus, "1994-01-10 07:43:16", 60.87),
            (Graha.Sun, "1994-03-12 04:41:24", 18.26), (Graha.Moon, "1994-03-30 10:58:50", 30.44),
            (Graha.Mars, "1994-04-29 21:27:54", 21.31),
        ];
        var options = VarshaphalOptions.Default with { MuddaYear = DashaYearLength.Tropical };

        var annual = await Varshaphal.ComputeAsync(EnginePool.Engine, Example122, 21, options);
        var mahadashas = annual.MuddaDasha.Where(p => p.Level == 1).ToList();
        var shift = mahadashas[0].Start - IstOf(expected[0].StartIst);

        Assert.That(mahadashas, Has.Count.EqualTo(9));
        Assert.Multiple(() =>
        {
            for (var i = 0; i < expected.Length; i++)
            {
                Assert.That(mahadashas[i].Lord.Graha, Is.EqualTo(expected[i].Lord));
                Assert.That(mahadashas[i].Duration.TotalDays, Is.EqualTo(expected[i].Days).Within(0.005));
                Assert.That(SecondsBetween(mahadashas[i].Start, IstOf(expected[i].StartIst) + shift), Is.LessThan(60), $"{expected[i].Lord}");
            }
        });
        Assert.That(shift.TotalHours, Is.EqualTo(3.22).Within(0.05), "PyJHora's year start against the solar return");
    }

    [Test]
    public async Task Mudda_antardashas_divide_each_mahadasha_in_vimshottari_shares()
    {
        var annual = await Varshaphal.ComputeAsync(EnginePool.Engine, Example122, 21, VarshaphalOptions.Default with { MuddaYear = DashaYearLength.Tropical });
        var rahuRahu = annual.MuddaDasha.First(p => p.Level == 2);
        var rahuJupiter = annual.MuddaDasha.Where(p => p.Level == 2).ElementAt(1);

        // PyJHora: (7, 7, '1993-05-20 22:59:29', 8.22), (7, 4, '1993-05-29 04:13:20', 7.3).
        Assert.That(rahuRahu.Duration.TotalDays, Is.EqualTo(8.22).Within(0.005));
        Assert.That(rahuJupiter.Lord.Graha, Is.EqualTo(Graha.Jupiter));
        Assert.That(rahuJupiter.Duration.TotalDays, Is.EqualTo(7.3).Within(0.005));
    }

    /// <summary>
    /// PyJHora's tithi pravesha test (Chennai 1996): 27 Nov 2024 11:22:05 and 9 Dec 2023 13:38:14 IST. The dates match;
    /// the times within 3 minutes: we solve for the natal elongation itself, PyJHora places the instant at the natal
    /// fraction of the tithi's span by linear interpolation, and the Moon's changing speed through a tithi separates the
    /// two by up to a few minutes (its own test history shows 13:38:04 and 13:37:02 for the second).
    /// </summary>
    [TestCase(28, "2024-11-27 11:22:05")]
    [TestCase(27, "2023-12-09 13:38:14")]
    public async Task Tithi_pravesha_matches_pyjhora(int completedYears, string pyJHora)
    {
        var options = VarshaphalOptions.Default with { Pravesha = PraveshaKind.TithiPravesha };

        var annual = await Varshaphal.ComputeAsync(EnginePool.Engine, Chennai1996, completedYears, options);

        Assert.That(SecondsBetween(annual.PraveshaUtc, IstOf(pyJHora)), Is.LessThan(180));
        Assert.That(annual.Chart.UtcInstant, Is.EqualTo(annual.PraveshaUtc));
        Assert.That(annual.PraveshaUtc, Is.Not.EqualTo(annual.SolarReturnUtc));
    }

    [Test]
    public void Muntha_progresses_one_sign_a_year()
    {
        // §28.1: natal lagna Scorpio, 31 years completed: Gemini.
        Assert.That(Muntha.Sign(7, 31), Is.EqualTo(2));
    }

    [Test]
    public void Hadda_lords_follow_table_72()
    {
        // Table 72, Aries: Jupiter 0–6°, Venus 6–12°, Mercury 12–20°, Mars 20–25°, Saturn 25–30°; Pisces 28–30° Saturn.
        Assert.That(Hadda.LordAt(5.9), Is.EqualTo(Graha.Jupiter));
        Assert.That(Hadda.LordAt(6.1), Is.EqualTo(Graha.Venus));
        Assert.That(Hadda.LordAt(24.9), Is.EqualTo(Graha.Mars));
        Assert.That(Hadda.LordAt(359), Is.EqualTo(Graha.Saturn));
    }
}
