using Jyotishika.Engine.Jaimini;
using Jyotishika.Engine.Native;
using Jyotishika.Engine.Panchang;
using NodaTime;

namespace Jyotishika.Engine.Tests.Jaimini;

/// <summary>
/// Time-based upagrahas and special lagnas against P. V. R. Narasimha Rao's worked examples (ch. 5), Jagannatha Hora's and
/// PyJHora's values for Chennai 1996-12-07 10:34 IST as PyJHora's tests record them (src/jhora/tests/pvr_tests.py,
/// special_lagna_tests and varnada_lagna_tests; values only), the almanac's gulika kalam and yamaganda (the panchang's
/// table), and the sky itself: at sunrise the Sun stands on the ascendant, at sunset on the descendant.
/// </summary>
public sealed class TimedSpecialPointsTests
{
    private const double Arcsecond = 1 / 3600.0;
    private const double Arcminute = 1 / 60.0;

    // PyJHora's test place (13.0878 N, 80.2785 E) and its conventions: Lahiri, geometric positions, civil time read as UT.
    private const double ChennaiLatitude = 13.0878;
    private const double ChennaiLongitude = 80.2785;
    private static readonly ChartSettings PyJHoraSettings = ChartSettings.Default with
    {
        PositionType = PositionType.Geometric, TimeScale = TimeScale.UtcAsUt,
    };

    private static readonly DateTimeZone Ist = DateTimeZoneProviders.Tzdb["Asia/Kolkata"];

    private EphemerisPool pool = null!;
    private ChartEngine engine = null!;
    private PanchangEngine panchang = null!;

    [OneTimeSetUp]
    public void Start()
    {
        pool = new EphemerisPool(new EphemerisPoolOptions { ThreadCount = 1, QueueCapacity = 16 });
        engine = new ChartEngine(pool);
        panchang = new PanchangEngine(pool);
    }

    [OneTimeTearDown]
    public void Stop() => pool.Dispose();

    private static double Dms(int sign, int degrees, int minutes, double seconds) =>
        sign * 30 + degrees + minutes / 60.0 + seconds / 3600.0;

    private static double Point(IReadOnlyList<SpecialPoint> points, SpecialPointKind kind) => points.Single(p => p.Kind == kind).Longitude;

    private static double Difference(double a, double b) => Arc.Normalize(a - b + 180) - 180;

    private Task<Chart> Chart(DateTime utc, ChartSettings? settings = null) =>
        engine.ComputeAsync(new ChartInput(utc, ChennaiLatitude, ChennaiLongitude, settings ?? PyJHoraSettings));

    private async Task<IReadOnlyList<SpecialPoint>> Points(DateTime utc, TimedPointOptions? options = null) =>
        await TimedSpecialPoints.ComputeAsync(pool, await Chart(utc), options);

    private Task<DailyPanchang> Daily(int year, int month, int day) =>
        panchang.ComputeAsync(new PanchangInput(new LocalDate(year, month, day), ChennaiLatitude, ChennaiLongitude, Ist, PyJHoraSettings)
        {
            Rise = RiseConvention.HinduDiscCentre,
        });

    /// <summary>The Sun's apparent longitude, the one the horizon sees.</summary>
    private async Task<double> ApparentSun(DateTime utc) =>
        (await Chart(utc, PyJHoraSettings with { PositionType = PositionType.Apparent }))
            .Grahas.Single(g => g.Graha == Graha.Sun).Longitude;

    private static readonly DateTime ChennaiBirth = new(1996, 12, 7, 5, 4, 0, DateTimeKind.Utc);

    // Example 7/8/9: birth 19:23, sunrise 6:37, Sun at sunrise 294°17′ — hora lagna 10s 17.28°, ghati lagna 5s 21.78°, and
    // the bhava lagna printed as 11s 10.28° (1° a minute). Exercise 8: birth 3:11:48, sunrise 6:19:18 of the same date (time
    // counted back, negative), Sun 42°11′ — bhava 7s 4.68°, hora 10s 8.43°, ghati 5s 17.81°. The book prints 0.01°.
    [TestCase(19 * 60 + 23, 6 * 60 + 37, 294 + 17 / 60.0, 11 * 30 + 10.28, 10 * 30 + 17.28, 5 * 30 + 21.78)]
    [TestCase(3 * 60 + 11.8, 6 * 60 + 19.3, 42 + 11 / 60.0, 7 * 30 + 4.68, 10 * 30 + 8.43, 5 * 30 + 17.81)]
    public void Special_lagnas_match_the_book(
        double birthMinutes, double sunriseMinutes, double sunAtSunrise, double bhavaAsPrinted, double hora, double ghati)
    {
        var minutes = birthMinutes - sunriseMinutes;

        Assert.Multiple(() =>
        {
            Assert.That(SpecialLagnas.HoraLagna(sunAtSunrise, minutes), Is.EqualTo(hora).Within(0.005));
            Assert.That(SpecialLagnas.GhatiLagna(sunAtSunrise, minutes), Is.EqualTo(ghati).Within(0.005));
            Assert.That(
                SpecialLagnas.BhavaLagna(sunAtSunrise, minutes, BhavaLagnaRate.DegreePerMinute), Is.EqualTo(bhavaAsPrinted).Within(0.005));
        });
    }

    /// <summary>
    /// The rule's rate is a quarter of the printed examples': two hours move the bhava lagna one sign, the hora lagna two and
    /// the ghati lagna five (BPHS ch. 3: 5 ghatis, 2½ ghatis and 1 ghati a sign).
    /// </summary>
    [Test]
    public void Two_hours_move_the_bhava_hora_and_ghati_lagnas_one_two_and_five_signs()
    {
        Assert.Multiple(() =>
        {
            Assert.That(SpecialLagnas.BhavaLagna(10, 120), Is.EqualTo(40).Within(1e-9));
            Assert.That(SpecialLagnas.HoraLagna(10, 120), Is.EqualTo(70).Within(1e-9));
            Assert.That(SpecialLagnas.GhatiLagna(10, 120), Is.EqualTo(160).Within(1e-9));
        });
    }

    /// <summary>
    /// Jagannatha Hora: bhava lagna Capricorn 24°13′32″, hora lagna Pisces 27°05′47″, ghati lagna Libra 5°39′33″, Pranapada
    /// Capricorn 18°38′58″. Ours run ahead by 0.5°/min, 1.25°/min and 5°/min times one interval of ≈3.4 s (hora 1′42″, ghati
    /// 4′14″, Pranapada 17′): one offset fits all three, as if JHora's sunrise fell ≈3.4 s after the Swiss Ephemeris' Hindu
    /// sunrise (these lagnas move with the time since it). Tolerances are each rate times 4 s. The bhava lagna is 1′51″ ahead
    /// where 3.4 s explain 0.85′;
    /// the remaining minute is unexplained, so it is held to 2′. (PyJHora prints all four ≈14′ further ahead: it reads the
    /// Sun "at sunrise" 5½ h late, its local clock taken as UT.)
    /// </summary>
    [Test]
    public async Task Chennai_1996_special_lagnas_match_jagannatha_hora()
    {
        var points = await Points(ChennaiBirth);

        Assert.Multiple(() =>
        {
            Assert.That(Difference(Point(points, SpecialPointKind.BhavaLagna), Dms(9, 24, 13, 32)), Is.EqualTo(0).Within(2 * Arcminute));
            Assert.That(Difference(Point(points, SpecialPointKind.HoraLagna), Dms(11, 27, 5, 47)), Is.EqualTo(0).Within(0.5 * 4 / 60));
            Assert.That(Difference(Point(points, SpecialPointKind.GhatiLagna), Dms(6, 5, 39, 33)), Is.EqualTo(0).Within(1.25 * 4 / 60));
            Assert.That(Difference(Point(points, SpecialPointKind.Pranapada), Dms(9, 18, 38, 58)), Is.EqualTo(0).Within(5.0 * 4 / 60));
        });
    }

    /// <summary>
    /// PyJHora (same Hindu sunrise, same place): bhava Capricorn 24°29′21″, hora Pisces 27°21′27″, ghati Libra 5°57′45″,
    /// vighati Taurus 13°43′23″. Its Sun at sunrise is off (see above), but the same Sun starts all four, so their differences
    /// test the rates and the time since sunrise alone. PyJHora prints whole arcseconds; ours agree within 1″ (the vighati
    /// lagna's, at 14.5°/min relative to the hora lagna, pins PyJHora's sunrise to ours within 0.1 s); held to 3″.
    /// The vighati lagna (15°/min, PyJHora's rate) is checked only this way; JHora prints Taurus 18°28′20″ there, which
    /// neither 15°/min nor one sign per vighati reproduces.
    /// </summary>
    [Test]
    public async Task Chennai_1996_lagna_differences_match_pyjhora()
    {
        var points = await Points(ChennaiBirth);
        var hora = Point(points, SpecialPointKind.HoraLagna);
        var pyjhoraHora = Dms(11, 27, 21, 27);
        double Residual(SpecialPointKind kind, double pyjhora) => Difference(Point(points, kind) - hora, pyjhora - pyjhoraHora);

        Assert.Multiple(() =>
        {
            Assert.That(Residual(SpecialPointKind.BhavaLagna, Dms(9, 24, 29, 21)), Is.EqualTo(0).Within(3 * Arcsecond));
            Assert.That(Residual(SpecialPointKind.GhatiLagna, Dms(6, 5, 57, 45)), Is.EqualTo(0).Within(3 * Arcsecond));
            Assert.That(Residual(SpecialPointKind.VighatiLagna, Dms(1, 13, 43, 23)), Is.EqualTo(0).Within(3 * Arcsecond));
        });
    }

    /// <summary>
    /// PyJHora's varnada_lagna_tests (B. V. Raman's method, Narasimha Rao's ch. 5.7): Sagittarius at the lagna's degree
    /// 22.445758844°; JHora prints Sagittarius 22°25′59″ (its lagna 46″ behind, from its own place coordinates).
    /// </summary>
    [Test]
    public async Task Chennai_1996_varnada_lagna_matches_pyjhora()
    {
        var varnada = Point(await Points(ChennaiBirth), SpecialPointKind.VarnadaLagna);

        Assert.That(varnada, Is.EqualTo(8 * 30 + 22.445758844045656).Within(Arcsecond));
    }

    /// <summary>
    /// Narasimha Rao ch. 5.7 by hand: lagna Aries (odd, count 1), hora lagna Gemini (odd, 3): 4 from Aries is Cancer.
    /// Lagna Taurus (even, 11 from Pisces back), hora lagna Aries (odd, 1): 10 from Pisces back is Gemini. Lagna Pisces
    /// (even, 1), hora lagna Virgo (even, 7): 8 from Pisces back is Leo.
    /// </summary>
    [TestCase(0, 2, 3)]
    [TestCase(1, 0, 2)]
    [TestCase(11, 5, 4)]
    public void Varnada_sign_counts_lagna_and_hora_lagna(int lagna, int horaLagna, int expected) =>
        Assert.That(SpecialLagnas.VarnadaSign(lagna, horaLagna), Is.EqualTo(expected));

    /// <summary>
    /// The almanac's gulika kalam is Saturn's eighth of the day and its yamaganda Jupiter's (the panchang's South Indian
    /// tables): the lagna rising at their start and middle is Gulika and Yamaghantaka, on the Saturday of the test birth and
    /// on a Wednesday, whose parts run in another order.
    /// </summary>
    [TestCase(1996, 12, 7)]
    [TestCase(1996, 12, 11)]
    public async Task Gulika_and_yamaghantaka_rise_in_the_almanacs_gulika_kalam_and_yamaganda(int year, int month, int day)
    {
        var periods = (await Daily(year, month, day)).Periods!;
        var birth = periods.RahuKalam.Start.AddMinutes(1);
        var atStart = await Points(
            birth, TimedPointOptions.Default with { Gulika = UpagrahaMoment.PartStart, OtherUpagrahas = UpagrahaMoment.PartStart });
        var atMiddle = await Points(birth, TimedPointOptions.Default with { Gulika = UpagrahaMoment.PartMiddle });

        async Task<double> AscendantAt(DateTime utc) => (await Chart(utc)).Ascendant.Longitude;
        DateTime Middle(TimeRange range) => range.Start + (range.End - range.Start) / 2;
        var gulikaStart = await AscendantAt(periods.GulikaKalam.Start);
        var gulikaMiddle = await AscendantAt(Middle(periods.GulikaKalam));
        var yamagandaStart = await AscendantAt(periods.Yamaganda.Start);
        var yamagandaMiddle = await AscendantAt(Middle(periods.Yamaganda));

        Assert.Multiple(() =>
        {
            Assert.That(Difference(Point(atStart, SpecialPointKind.Gulika), gulikaStart), Is.EqualTo(0).Within(Arcsecond));
            Assert.That(Difference(Point(atStart, SpecialPointKind.Yamaghantaka), yamagandaStart), Is.EqualTo(0).Within(Arcsecond));
            Assert.That(Difference(Point(atMiddle, SpecialPointKind.Gulika), gulikaMiddle), Is.EqualTo(0).Within(Arcsecond));
            Assert.That(Difference(Point(atMiddle, SpecialPointKind.Yamaghantaka), yamagandaMiddle), Is.EqualTo(0).Within(Arcsecond));
            var mandi = Difference(Point(atMiddle, SpecialPointKind.Mandi), gulikaMiddle);
            Assert.That(mandi, Is.EqualTo(0).Within(Arcsecond), "Mandi: the middle of Saturn's part by default");
        });
    }

    /// <summary>
    /// Saturday's first eighth is Saturn's, so Gulika (at the start of its part) rises with the Sun: at the Hindu sunrise the
    /// centre of the Sun's disc is on the horizon, unrefracted, its ecliptic latitude ignored, so the ascendant is the
    /// Sun's apparent longitude. Held to 3″ (the Sun's latitude, under 1″, and the houses' frame).
    /// </summary>
    [Test]
    public async Task On_a_saturday_gulika_rises_with_the_sun()
    {
        var points = await Points(ChennaiBirth);
        var sunAtSunrise = await ApparentSun((await Daily(1996, 12, 7)).Sunrise!.Value);

        Assert.That(Difference(Point(points, SpecialPointKind.Gulika), sunAtSunrise), Is.EqualTo(0).Within(3 * Arcsecond));
    }

    /// <summary>
    /// Tuesday's night begins with the fifth weekday lord from Mars, Saturn (BPHS ch. 3), so Gulika rises at sunset, on the
    /// descendant's opposite point: the Sun + 180°. A birth at 21:00 and one at 03:00 the next civil morning share that night
    /// (the Vedic day runs from sunrise).
    /// </summary>
    [TestCase(15, 30)]
    [TestCase(21, 30)]
    public async Task On_a_tuesday_night_gulika_rises_at_sunset_opposite_the_sun(int hour, int minute)
    {
        var points = await Points(new DateTime(1996, 12, 10, hour, minute, 0, DateTimeKind.Utc));
        var sunAtSunset = await ApparentSun((await Daily(1996, 12, 10)).Sunset!.Value);

        Assert.That(Difference(Point(points, SpecialPointKind.Gulika), sunAtSunset + 180), Is.EqualTo(0).Within(3 * Arcsecond));
    }
}
