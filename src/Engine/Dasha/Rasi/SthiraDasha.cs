using Jyotishika.Engine.Analysis;

namespace Jyotishika.Engine.Dasha.Rasi;

/// <summary>
/// Sthira dasa (Jaimini Upadesa Sutras 2.3; BPHS, rasi-dasa chapter): from the sign holding Brahma, the signs in zodiacal
/// order whatever the sign's oddity ("brahmadir esha", Su. 2.3.4, as Iranganti Rangacharya expounds it), movable signs 7 years,
/// fixed 8, dual 9 (Su. 2.3.3), 96 years a round.
/// </summary>
public static class SthiraDasha
{
    private const int MovableYears = 7;
    private const int FixedYears = 8;
    private const int DualYears = 9;

    /// <summary>Two rounds, 192 years, past <see cref="DashaCalculator.CoveredYears"/>.</summary>
    private const int Rounds = 2;

    /// <summary>Sthira dasa of the rasi chart.</summary>
    public static IDashaTree Tree(Chart chart, BrahmaRule rule = BrahmaRule.VisibleHalfOddSign) => Tree(SignChart.Of(chart), rule);

    /// <summary>
    /// Dasas from Brahma's sign; the second round repeats the first, the years being fixed by sign. Every period divides into
    /// twelve equal parts from its own sign in zodiacal order, as PyJHora divides it; the sources give no other division
    /// for Sthira dasa but Parashara's general rasi-dasa rule, which is not applied here.
    /// </summary>
    /// <exception cref="InvalidOperationException">The rule finds no Brahma in this chart, so the dasa does not apply.</exception>
    public static IDashaTree Tree(SignChart chart, BrahmaRule rule)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var brahma = Brahma(chart, rule)
            ?? throw new InvalidOperationException($"No graha qualifies as Brahma by {rule}, so Sthira dasa does not apply to this chart.");
        var start = chart.SignOf(brahma);
        var mahadashas = Enumerable.Range(0, 12 * Rounds)
            .Select(step => SignCounting.SignAt(start, (step % 12) + 1, forward: true))
            .Select(sign => new DashaSpan(DashaLord.OfSign(sign), YearsOf(sign)))
            .ToArray();
        return new RasiDashaTree(mahadashas, Zodiacal);
    }

    /// <summary>Brahma by <paramref name="rule"/>, or null when no graha qualifies.</summary>
    public static Graha? Brahma(SignChart chart, BrahmaRule rule)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return Rasi.Brahma.Of(chart, rule);
    }

    private static int YearsOf(int sign) =>
        SignCounting.IsMovable(sign) ? MovableYears : SignCounting.IsFixed(sign) ? FixedYears : DualYears;

    private static int[] Zodiacal(int sign) => [.. Enumerable.Range(1, 12).Select(house => SignCounting.SignAt(sign, house, forward: true))];
}
