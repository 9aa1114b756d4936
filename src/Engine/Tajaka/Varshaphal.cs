using Jyotishika.Engine.Analysis;
using Jyotishika.Engine.Dasha;

namespace Jyotishika.Engine.Tajaka;

/// <summary>
/// Tajaka annual, monthly and sixty-hour charts (P. V. R. Narasimha Rao, "Vedic Astrology: An Integrated Approach",
/// Part 4, ch. 27–30): every chart is cast at the birthplace for the instant the Sun reaches a point counted from its
/// natal sidereal longitude, under the birth's own settings (so the ayanamsha's true, nonlinear motion is honoured, as
/// §27.2's note demands).
/// </summary>
public static class Varshaphal
{
    private const double MeanSiderealYearDays = 365.256364;
    private const double MonthDegrees = 30;

    /// <summary>A sixty-hour period is the Sun's 2°30′, twelve to a month (§27.4).</summary>
    private const double SixtyHourDegrees = 2.5;

    private const double SynodicMonthDays = 29.530589;

    public static async Task<AnnualChart> ComputeAsync(
        ChartEngine engine, ChartInput birth, int completedYears, VarshaphalOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var natal = await NatalAsync(engine, birth, completedYears, cancellationToken).ConfigureAwait(false);
        var solarReturn = await SunAtAsync(engine, birth, natal, completedYears, 0, cancellationToken).ConfigureAwait(false);
        var nextReturn = await SunAtAsync(engine, birth, natal, completedYears + 1, 0, cancellationToken).ConfigureAwait(false);
        var chart = options.Pravesha == PraveshaKind.TithiPravesha
            ? await TithiPraveshaAsync(engine, birth, natal, solarReturn, cancellationToken).ConfigureAwait(false)
            : solarReturn;

        var masa = new List<DateTime> { solarReturn.UtcInstant };
        for (var month = 1; month < 12; month++)
        {
            var start = await SunAtAsync(engine, birth, natal, completedYears, month * MonthDegrees, cancellationToken).ConfigureAwait(false);
            masa.Add(start.UtcInstant);
        }

        var daytime = IsDaytime(chart);
        var muntha = Muntha.Sign(natal.Ascendant.Sign, completedYears);
        var balas = Dignities.SevenGrahas
            .Select(g => PanchaVargeeyaBala.Of(g, chart.Grahas.First(p => p.Graha == g).Longitude, options.KshetraScale))
            .ToList();
        var yearLord = YearLord.Choose(Candidates(chart, natal, muntha, daytime, balas));

        var yearDays = options.MuddaYear is { } fixedYear
            ? fixedYear.Days()
            : (nextReturn.UtcInstant - solarReturn.UtcInstant).TotalDays;
        var natalMoon = natal.Grahas.First(g => g.Graha == Graha.Moon).Longitude;
        var mudda = MuddaDasha.Periods(natalMoon, completedYears, solarReturn.UtcInstant, yearDays, depth: 2);

        return new AnnualChart(
            completedYears, options.Pravesha, chart.UtcInstant, chart, solarReturn.UtcInstant, nextReturn.UtcInstant,
            daytime, muntha, yearLord, balas, mudda, masa);
    }

    /// <summary>The chart of month <paramref name="month"/> (1 … 12) of the year (§27.3: the Sun 30° further each month).</summary>
    public static async Task<Chart> MasaPraveshaAsync(
        ChartEngine engine, ChartInput birth, int completedYears, int month, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        var natal = await NatalAsync(engine, birth, completedYears, cancellationToken).ConfigureAwait(false);
        return await SunAtAsync(engine, birth, natal, completedYears, (month - 1) * MonthDegrees, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The sixty-hour chart <paramref name="part"/> (1 … 12) of month <paramref name="month"/> (§27.4: the Sun 2°30′ further
    /// each part; the first part starts with the month).
    /// </summary>
    public static async Task<Chart> SixtyHourPraveshaAsync(
        ChartEngine engine, ChartInput birth, int completedYears, int month, int part, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        ArgumentOutOfRangeException.ThrowIfLessThan(part, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(part, 12);
        var natal = await NatalAsync(engine, birth, completedYears, cancellationToken).ConfigureAwait(false);
        var advance = (month - 1) * MonthDegrees + (part - 1) * SixtyHourDegrees;
        return await SunAtAsync(engine, birth, natal, completedYears, advance, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Sun above the horizon: on the ecliptic the rising point lies ahead of it by less than 180° (it sits in houses 7 … 12
    /// counted from the ascendant's degree).
    /// </summary>
    public static bool IsDaytime(Chart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var ahead = Arc.Normalize(chart.Ascendant.Longitude - TransitSearch.Sun(chart).Longitude);
        return ahead > 0 && ahead < 180;
    }

    private static async Task<Chart> NatalAsync(ChartEngine engine, ChartInput birth, int completedYears, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(birth);
        ArgumentOutOfRangeException.ThrowIfNegative(completedYears);
        return await engine.ComputeAsync(birth, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The Sun <paramref name="advance"/>° past its natal longitude, in the year after <paramref name="completedYears"/>.</summary>
    private static Task<Chart> SunAtAsync(
        ChartEngine engine, ChartInput birth, Chart natal, int completedYears, double advance, CancellationToken cancellationToken)
    {
        var natalSun = TransitSearch.Sun(natal).Longitude;
        var guess = birth.UtcInstant.AddDays((completedYears + advance / 360) * MeanSiderealYearDays);
        return TransitSearch.WhenSunAtAsync(engine, birth, Arc.Normalize(natalSun + advance), guess, cancellationToken);
    }

    /// <summary>
    /// The first instant, with the Sun in its natal sign around this year's solar return, when the Moon's elongation
    /// equals its natal elongation. The Sun spends about a synodic month in a sign, so one such instant almost always
    /// exists; in the rare sign that holds none, the one nearest the solar return answers.
    /// </summary>
    private static async Task<Chart> TithiPraveshaAsync(
        ChartEngine engine, ChartInput birth, Chart natal, Chart solarReturn, CancellationToken cancellationToken)
    {
        var natalElongation = TransitSearch.Elongation(natal);
        var natalSunSign = TransitSearch.Sun(natal).Placement.Sign;
        var relativeSpeed = 360 / SynodicMonthDays;
        var ahead = Arc.Normalize(natalElongation - TransitSearch.Elongation(solarReturn)) / relativeSpeed;
        var candidates = new List<Chart>();
        for (var month = -1; month <= 1; month++)
        {
            var guess = solarReturn.UtcInstant.AddDays(ahead + month * SynodicMonthDays);
            candidates.Add(await TransitSearch.WhenElongationAtAsync(engine, birth, natalElongation, guess, cancellationToken)
                .ConfigureAwait(false));
        }

        var inSign = candidates.Where(c => TransitSearch.Sun(c).Placement.Sign == natalSunSign).ToList();
        return inSign.Count > 0
            ? inSign.MinBy(c => c.UtcInstant)!
            : candidates.MinBy(c => Math.Abs((c.UtcInstant - solarReturn.UtcInstant).Ticks))!;
    }

    private static List<YearLordCandidate> Candidates(
        Chart annual, Chart natal, int muntha, bool daytime, IReadOnlyList<PanchaVargeeyaBala> balas)
    {
        var luminary = annual.Grahas.First(g => g.Graha == (daytime ? Graha.Sun : Graha.Moon)).Placement.Sign;
        var lagna = annual.Ascendant.Sign;
        (Graha Graha, YearLordRole Role)[] roles =
        [
            (Dignities.LordOf(luminary), YearLordRole.SunOrMoonSignLord),
            (Dignities.LordOf(natal.Ascendant.Sign), YearLordRole.NatalLagnaLord),
            (Dignities.LordOf(muntha), YearLordRole.MunthaLord),
            (Dignities.LordOf(lagna), YearLordRole.AnnualLagnaLord),
            (TriRasiLords.Of(lagna, daytime), YearLordRole.TriRasiLord),
        ];
        return roles
            .GroupBy(r => r.Graha)
            .Select(group => new YearLordCandidate(
                group.Key,
                group.Select(r => r.Role).ToList(),
                TajakaAspects.Between(annual.Grahas.First(g => g.Graha == group.Key).Placement.Sign, lagna),
                balas.First(b => b.Graha == group.Key)))
            .ToList();
    }
}
