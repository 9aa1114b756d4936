using Jyotishika.Engine.Native;
using Jyotishika.Engine.Panchang;
using Jyotishika.Engine.Panchang.Day;

namespace Jyotishika.Engine.Tests.Panchang;

/// <summary>
/// The whole-day panchang: lists that tile sunrise → next sunrise (a kshaya tithi among them, confirmed by swetest's own
/// positions), and the year, season and weekday tables against almanac dates and PyJHora's tables.
/// </summary>
public sealed class PanchangDayTests
{
    private const double OneArcsecond = 1.0 / 3600;

    private static readonly DateTime J2000 = new(2000, 1, 1, 12, 0, 0, DateTimeKind.Utc);

    private EphemerisPool? pool;

    private PanchangDayEngine Engine { get; set; } = null!;

    [OneTimeSetUp]
    public void Start()
    {
        pool = new EphemerisPool(new EphemerisPoolOptions { ThreadCount = 1, QueueCapacity = 16 });
        Engine = new PanchangDayEngine(pool);
    }

    [OneTimeTearDown]
    public void Stop() => pool?.Dispose();

    /// <summary>
    /// Akshaya Tritiya 2024 (Vaishakha Shukla Tritiya) was kept on Friday 10 May in every almanac, the day after Pratipada
    /// held Thursday's sunrise: Dwitiya began after sunrise on 9 May and ended before sunrise on 10 May in Delhi, a kshaya
    /// tithi. Swetest's Sun and Moon (independent of our solver) put the elongation in Pratipada at Thursday's sunrise and
    /// in Tritiya at Friday's.
    /// </summary>
    [Test]
    public async Task KshayaDwitiyaBeforeAkshayaTritiyaTwentyTwentyFour()
    {
        var day = await Engine.ComputeAsync(Places.Delhi(2024, 5, 9));
        var atSunrise = await Elongation(day.Start);
        var atNextSunrise = await Elongation(day.End);
        var atDwitiyaStart = await Elongation(day.Tithis[1].Start);
        var atDwitiyaEnd = await Elongation(day.Tithis[1].End);
        Assert.Multiple(() =>
        {
            Assert.That(day.Vaara, Is.EqualTo(Vaara.Guruvara), "9 May 2024 was a Thursday");
            Assert.That(day.Tithis.Select(t => t.Name), Is.EqualTo(new[] { "Pratipada", "Dwitiya", "Tritiya" }));
            Assert.That(day.Tithis.Select(t => t.Number), Is.EqualTo(new[] { 1, 2, 3 }));
            Assert.That(day.Tithis[1].Start, Is.GreaterThan(day.Start), "Dwitiya begins after sunrise");
            Assert.That(day.Tithis[1].End, Is.LessThan(day.End), "and ends before the next sunrise");
            Assert.That(atSunrise, Is.InRange(0.0, 12.0), "swetest: Pratipada at Thursday's sunrise");
            Assert.That(atNextSunrise, Is.InRange(24.0, 36.0), "swetest: Tritiya at Friday's sunrise");

            // The chained boundaries (each solved from the one before) sit on 12° and 24° in swetest's positions within 1″,
            // the promise AngaTests holds the sunrise angas to.
            Assert.That(atDwitiyaStart, Is.EqualTo(12.0).Within(OneArcsecond), "Dwitiya starts at 12°");
            Assert.That(atDwitiyaEnd, Is.EqualTo(24.0).Within(OneArcsecond), "Dwitiya ends at 24°");
            Assert.That(day.Month.AmantaName, Is.EqualTo("Vaishakha"));
            Assert.That(day.LunarRitu, Is.EqualTo(Ritu.Vasanta), "Vaishakha (Madhava) is the second month of Vasanta");
        });
    }

    /// <summary>Every list starts at or before sunrise, ends at or after the next, and each span starts where the last ended.</summary>
    [TestCaseSource(typeof(Places), nameof(Places.RiseCases))]
    public async Task EveryListTilesTheDay(PanchangInput input)
    {
        var day = await Engine.ComputeAsync(input, new PanchangDayOptions { NatalNakshatra = 1, NatalMoonSign = 0 });
        var sunrise = await PanchangPool.Engine.ComputeAsync(input);
        var tomorrow = await PanchangPool.Engine.ComputeAsync(input with { Date = input.Date.PlusDays(1) });
        Assert.Multiple(() =>
        {
            // The same rise search the sunrise panchang makes (itself checked against swetest in RiseSetTests); local
            // midnight stands in for a missing sunrise in both.
            Assert.That(day.Start, Is.EqualTo(sunrise.ReferenceInstant));
            Assert.That(day.End, Is.EqualTo(tomorrow.ReferenceInstant));

            // Newton from another starting instant lands within its 0.0005″ tolerance: well under a second of time.
            Assert.That(day.Tithis[0].Number, Is.EqualTo(sunrise.Tithi.Number));
            Assert.That(day.Tithis[0].End, Is.EqualTo(sunrise.Tithi.End).Within(TimeSpan.FromSeconds(1)));
            Assert.That(day.Nakshatras[0].Number, Is.EqualTo(sunrise.Nakshatra.Number));
            Assert.That((day.NakshatraPadas[0].Number - 1) / 4 + 1, Is.EqualTo(sunrise.Nakshatra.Number), "pada inside the nakshatra");

            Assert.That(day.Yogas[0].Number, Is.EqualTo(sunrise.Yoga.Number));
            Assert.That(day.Karanas[0].Number, Is.EqualTo(sunrise.Karana.Number));
        });
        AssertTiles("tithi", day.Tithis, 30, day);
        AssertTiles("nakshatra", day.Nakshatras, 27, day);
        AssertTiles("pada", day.NakshatraPadas, 108, day);
        AssertTiles("yoga", day.Yogas, 27, day);
        AssertTiles("karana", day.Karanas, 60, day);
        AssertTiles("moon sign", day.MoonSigns, 12, day);
        Assert.Multiple(() =>
        {
            // Every nakshatra change is also a pada change (two Newton paths to one boundary: within a second).
            foreach (var change in day.Nakshatras.Skip(1))
            {
                Assert.That(day.NakshatraPadas.Select(p => p.Start), Has.Some.EqualTo(change.Start).Within(TimeSpan.FromSeconds(1)));
            }

            Assert.That(day.TaraBala!.Select(t => (t.Nakshatra, t.Start, t.End)), Is.EqualTo(day.Nakshatras.Select(n => (n.Number, n.Start, n.End))));
            Assert.That(day.ChandraBala!.Select(c => (c.MoonSign + 1, c.Start, c.End)), Is.EqualTo(day.MoonSigns.Select(s => (s.Number, s.Start, s.End))));
        });
    }

    /// <summary>
    /// Ugadi 2024 (9 April) opened Krodhi, Shaka 1946, in the South; the day before still closed Shobhakrit. North Indian
    /// almanacs named Vikram 2080 Pingala and Vikram 2081 (from the same Chaitra Shukla Pratipada) Kalayukti; Ugadi 2025
    /// (30 March) opened Vishvavasu in the South and Vikram 2082 Siddharthi in the North.
    /// </summary>
    [TestCase(2024, 4, 8, SamvatsaraConvention.SouthIndianLunar, "Shobhakrit", 37, 1945)]
    [TestCase(2024, 4, 9, SamvatsaraConvention.SouthIndianLunar, "Krodhi", 38, 1946)]
    [TestCase(2025, 3, 30, SamvatsaraConvention.SouthIndianLunar, "Vishvavasu", 39, 1947)]
    [TestCase(2024, 4, 8, SamvatsaraConvention.NorthIndianJovian, "Pingala", 51, 1945)]
    [TestCase(2024, 4, 9, SamvatsaraConvention.NorthIndianJovian, "Kalayukti", 52, 1946)]
    [TestCase(2025, 3, 30, SamvatsaraConvention.NorthIndianJovian, "Siddharthi", 53, 1947)]
    [TestCase(2024, 4, 13, SamvatsaraConvention.SouthIndianSolar, "Shobhakrit", 37, 1945)]
    [TestCase(2024, 4, 14, SamvatsaraConvention.SouthIndianSolar, "Krodhi", 38, 1946)]
    public async Task SamvatsaraOfKnownYears(int year, int month, int date, SamvatsaraConvention convention, string name, int number, int shaka)
    {
        // The Tamil year Krodhi (Kurothi) began on Puthandu, 14 April 2024: Mesha sankranti fell in the evening of the 13th,
        // after Chennai's sunrise.
        var input = convention == SamvatsaraConvention.SouthIndianSolar
            ? Places.At(year, month, date, 13.0827, 80.2707, "Asia/Kolkata")
            : Places.Delhi(year, month, date);
        var day = await Engine.ComputeAsync(input, new PanchangDayOptions { Samvatsara = convention });
        Assert.That((day.Samvatsara.Name, day.Samvatsara.Number, day.Samvatsara.ShakaYear), Is.EqualTo((name, number, shaka)));
    }

    /// <summary>
    /// PyJHora counts the unbroken cycle as (Gregorian year of the last Mesha sankranti − 1 − 1926) mod 60 from Prabhava
    /// (drik.samvatsara): Shaka 1909 (1987) is Prabhava, 1926 + 60 years on; and its list ends with Krodhana, Akshaya.
    /// </summary>
    [Test]
    public void UnbrokenCycleMatchesPyJHoraAnchors()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Samvatsara.Names, Has.Count.EqualTo(60));
            Assert.That(SamvatsaraRule.Of(1909, SamvatsaraConvention.SouthIndianLunar).Name, Is.EqualTo("Prabhava"));
            Assert.That(SamvatsaraRule.Of(1908, SamvatsaraConvention.SouthIndianLunar).Name, Is.EqualTo("Akshaya"));
            Assert.That(SamvatsaraRule.Of(1907, SamvatsaraConvention.SouthIndianLunar).Name, Is.EqualTo("Krodhana"));
            Assert.That(SamvatsaraRule.Of(1909 + 60, SamvatsaraConvention.SouthIndianSolar).Number, Is.EqualTo(1));
        });
    }

    /// <summary>
    /// Makara Sankranti fell on 15 January 2024 and Karka Sankranti on 16 July 2024 (almanacs, Lahiri); the solstices on
    /// 21 December 2023 and 20 June 2024. Between them the two reckonings disagree.
    /// </summary>
    [TestCase(2024, 1, 10, AyanaReckoning.SiderealSankranti, Ayana.Dakshinayana)]
    [TestCase(2024, 1, 10, AyanaReckoning.TropicalSolstice, Ayana.Uttarayana)]
    [TestCase(2024, 1, 16, AyanaReckoning.SiderealSankranti, Ayana.Uttarayana)]
    [TestCase(2024, 7, 10, AyanaReckoning.SiderealSankranti, Ayana.Uttarayana)]
    [TestCase(2024, 7, 10, AyanaReckoning.TropicalSolstice, Ayana.Dakshinayana)]
    [TestCase(2024, 7, 17, AyanaReckoning.SiderealSankranti, Ayana.Dakshinayana)]
    public async Task AyanaTurnsAtTheSankrantiOrTheSolstice(int year, int month, int date, AyanaReckoning reckoning, Ayana expected)
    {
        var day = await Engine.ComputeAsync(Places.Delhi(year, month, date), new PanchangDayOptions { Ayana = reckoning });
        Assert.That(day.Ayana, Is.EqualTo(expected));
    }

    /// <summary>
    /// Solar ritu by the Sun's sign (PyJHora's default, Tamil months: Chittirai–Vaikasi Vasanta): Shishira on the last day of
    /// Panguni (13 April 2024), Vasanta from Chittirai 1 (14 April). Lunar ritu by the amanta month: Phalguna (8 April) is
    /// Shishira, Chaitra (9 April) Vasanta.
    /// </summary>
    [TestCase(2024, 4, 8, Ritu.Shishira, Ritu.Shishira)]
    [TestCase(2024, 4, 9, Ritu.Shishira, Ritu.Vasanta)]
    [TestCase(2024, 4, 14, Ritu.Vasanta, Ritu.Vasanta)]
    [TestCase(2024, 8, 20, Ritu.Varsha, Ritu.Varsha)]
    public async Task RituBySunAndByMoon(int year, int month, int date, Ritu solar, Ritu lunar)
    {
        var day = await Engine.ComputeAsync(Places.At(year, month, date, 13.0827, 80.2707, "Asia/Kolkata"));
        Assert.That((day.SolarRitu, day.LunarRitu), Is.EqualTo((solar, lunar)));
    }

    /// <summary>PyJHora const.disha_shool_map, Sunday to Saturday, 0 East 1 South 2 West 3 North: [2, 0, 3, 3, 1, 2, 0].</summary>
    [Test]
    public async Task DishaShoolFollowsTheWeekdayTable()
    {
        Disha[] byPyJHoraCode = [Disha.East, Disha.South, Disha.West, Disha.North];
        int[] pyJHoraMap = [2, 0, 3, 3, 1, 2, 0];
        for (var date = 7; date <= 13; date++)
        {
            // 7 April 2024 was a Sunday.
            var day = await Engine.ComputeAsync(Places.Delhi(2024, 4, date));
            Assert.That(day.DishaShool, Is.EqualTo(byPyJHoraCode[pyJHoraMap[(int)day.Vaara]]), $"{day.Vaara}");
        }
    }

    /// <summary>
    /// The nine taras from a natal Ashwini: Krittika is the 3rd (Vipat), Rohini the 4th (Kshema), Magha and Mula the 10th
    /// and 19th (Janma again: anujanma, trijanma), Revati the 27th (9th, Parama Mitra). PyJHora drik.thaaraabalam takes the
    /// count mod 9 in {0, 2, 4, 6, 8} as good: Parama Mitra, Sampat, Kshema, Sadhaka, Mitra.
    /// </summary>
    [TestCase(3, 3, "Vipat", false)]
    [TestCase(4, 4, "Kshema", true)]
    [TestCase(10, 1, "Janma", false)]
    [TestCase(19, 1, "Janma", false)]
    [TestCase(27, 9, "Parama Mitra", true)]
    [TestCase(2, 2, "Sampat", true)]
    [TestCase(7, 7, "Vadha", false)]
    public void TaraFromNatalAshwini(int day, int tara, string name, bool favourable)
    {
        var result = TaraBalaRule.For(1, new AngaSpan(day, "", J2000, J2000));
        Assert.That((result.Tara, result.Name, result.IsFavourable), Is.EqualTo((tara, name, favourable)));
    }

    /// <summary>Natal Moon in Meena (11): the transiting Moon in Mesha is the 2nd house, in Mithuna the 4th, in Vrishabha the 3rd.</summary>
    [TestCase(0, 2, false)]
    [TestCase(1, 3, true)]
    [TestCase(2, 4, false)]
    [TestCase(11, 1, true)]
    [TestCase(9, 11, true)]
    [TestCase(7, 9, false)]
    public void ChandraBalaFromNatalMeena(int moonSign, int house, bool favourable)
    {
        var result = ChandraBalaRule.For(11, new AngaSpan(moonSign + 1, "", J2000, J2000));
        Assert.That((result.House, result.IsFavourable), Is.EqualTo((house, favourable)));
    }

    [Test]
    public void NatalValuesOutOfRangeAreRefused()
    {
        Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            Engine.ComputeAsync(Places.Delhi(2024, 5, 9), new PanchangDayOptions { NatalNakshatra = 28 }));
        Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            Engine.ComputeAsync(Places.Delhi(2024, 5, 9), new PanchangDayOptions { NatalMoonSign = 12 }));
    }

    private static void AssertTiles(string what, IReadOnlyList<AngaSpan> spans, int count, PanchangDay day)
    {
        Assert.Multiple(() =>
        {
            Assert.That(spans, Is.Not.Empty, what);
            Assert.That(spans[0].Start, Is.LessThanOrEqualTo(day.Start), $"{what}: first span contains sunrise");
            Assert.That(spans[^1].End, Is.GreaterThanOrEqualTo(day.End), $"{what}: last span contains the next sunrise");
            for (var i = 0; i < spans.Count; i++)
            {
                Assert.That(spans[i].End, Is.GreaterThan(spans[i].Start), $"{what} {i}");
                if (i > 0)
                {
                    Assert.That(spans[i].Start, Is.EqualTo(spans[i - 1].End), $"{what} {i}: no gap or overlap");
                    Assert.That(spans[i].Number, Is.EqualTo(spans[i - 1].Number % count + 1), $"{what} {i}: the next in order");
                    Assert.That(spans[i - 1].End, Is.LessThan(day.End), $"{what} {i}: no span wholly after the day");
                }
            }
        });
    }

    /// <summary>Moon − Sun from swetest (Lahiri, apparent) at an instant.</summary>
    private static async Task<double> Elongation(DateTime utc)
    {
        var jd = 2451545.0 + (utc - J2000).Ticks / (double)TimeSpan.TicksPerDay;
        var output = await SwetestRunner.RunAsync(SwetestRunner.Arguments(jd, ChartSettings.Default, "01", geometric: false, house: null));
        return Arc.Normalize(output.Bodies["Moon"].Longitude - output.Bodies["Sun"].Longitude);
    }
}
