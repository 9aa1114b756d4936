using Jyotishika.Engine.Analysis;
using Jyotishika.Engine.Jaimini;

namespace Jyotishika.Engine.Dasha.Rasi;

/// <summary>
/// The Jaimini rasi dashas of the Narayana family as dasha trees: signs as lords (<see cref="DashaLord.OfSign"/>), periods from
/// birth, each divided into twelve equal sub-periods on every level. Two cycles of twelve dasas cover 144 years, past
/// <see cref="DashaCalculator.CoveredYears"/>.
/// </summary>
public static class RasiDashas
{
    private const int ShoolaYears = 9;

    /// <summary>Narayana dasa of the rasi chart (P. V. R. Narasimha Rao, "Vedic Astrology: An Integrated Approach", ch. 18).</summary>
    public static IDashaTree Narayana(Chart chart) => Narayana(SignChart.Of(chart));

    /// <summary>
    /// Dasas from the stronger of lagna and the 7th (18.2.1) in the order of <see cref="NarayanaProgression"/>, with the years of
    /// <see cref="NarayanaYears"/>; the second cycle repeats the order with 12 less the first cycle's years, so a 12-year dasa has
    /// none (18.2.2). Sub-periods by 18.3.
    /// </summary>
    public static IDashaTree Narayana(SignChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var order = NarayanaProgression.From(chart, StrongerOfLagnaAndSeventh(chart));
        return new RasiDashaTree(TwoCycles(order, sign => NarayanaYears.FirstCycle(chart, sign)), sign => NarayanaAntardashas.Of(chart, sign));
    }

    /// <summary>Shoola dasa (Rao, ch. 23).</summary>
    public static IDashaTree Shoola(Chart chart) => Shoola(SignChart.Of(chart));

    /// <summary>
    /// Nine years for each sign from the stronger of lagna and the 7th, always zodiacal; sub-periods by the same rule with the
    /// period's sign as lagna: from the stronger of it and its 7th, zodiacal (23.2). Rao gives no second cycle; the one here gives
    /// each sign 12 − 9 = 3 years, as Narayana's does and as PyJHora records for Example 91 (Chart 61).
    /// </summary>
    public static IDashaTree Shoola(SignChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var seed = StrongerOfLagnaAndSeventh(chart);
        var order = Zodiacal(seed);
        return new RasiDashaTree(
            TwoCycles(order, _ => ShoolaYears),
            sign => Zodiacal(SignStrength.StrongerSign(chart, sign, SignCounting.SignAt(sign, 7, forward: true))));
    }

    /// <summary>Drigdasa (Rao, ch. 21).</summary>
    public static IDashaTree Drig(Chart chart) => Drig(SignChart.Of(chart));

    /// <summary>
    /// Dasas in the order of <see cref="DrigProgression"/> with Narayana's years (21.2 (5)) and Narayana's second cycle, as PyJHora
    /// records for its test birth; sub-periods by <see cref="DrigAntardashas"/>.
    /// </summary>
    public static IDashaTree Drig(SignChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var order = DrigProgression.From(chart.AscendantSign);
        return new RasiDashaTree(TwoCycles(order, sign => NarayanaYears.FirstCycle(chart, sign)), sign => DrigAntardashas.Of(chart, sign));
    }

    private static int StrongerOfLagnaAndSeventh(SignChart chart) =>
        SignStrength.StrongerSign(chart, chart.AscendantSign, SignCounting.SignAt(chart.AscendantSign, 7, forward: true));

    private static int[] Zodiacal(int start) => [.. Enumerable.Range(1, 12).Select(house => SignCounting.SignAt(start, house, forward: true))];

    /// <summary>The order twice: first-cycle years, then the rest of each sign's 12 years (Rao 18.2.2, special note 2).</summary>
    private static DashaSpan[] TwoCycles(int[] order, Func<int, int> firstCycleYears)
    {
        var first = order.Select(sign => new DashaSpan(DashaLord.OfSign(sign), firstCycleYears(sign))).ToArray();
        var second = first.Select(span => new DashaSpan(span.Lord, NarayanaYears.Cycle - span.Years));
        return [.. first, .. second];
    }
}
