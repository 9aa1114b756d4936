using Jyotishika.Engine.Analysis;
using Jyotishika.Engine.Aspects;

namespace Jyotishika.Engine.Dasha.Rasi;

/// <summary>
/// The stronger of two grahas by the order P. V. R. Narasimha Rao gives for choosing Rudra ("Vedic Astrology: An Integrated
/// Approach", 14.3): (1) joined by more grahas; (2) exalted or in its own sign; (3) joined by more exalted grahas; (4)
/// rasi-aspected by more grahas; (5) further advanced in its sign. The book gives no separate order for Brahma.
/// </summary>
internal static class StrongerGraha
{
    public static Graha Of(SignChart chart, Graha first, Graha second)
    {
        if (first == second)
        {
            return first;
        }

        var verdict = Compare(Companions(chart, first).Count(), Companions(chart, second).Count())
            ?? Compare(IsDignified(chart, first), IsDignified(chart, second))
            ?? Compare(Companions(chart, first).Count(other => IsExalted(chart, other)), Companions(chart, second).Count(other => IsExalted(chart, other)))
            ?? Compare(AspectingGrahas(chart, first), AspectingGrahas(chart, second))
            ?? Compare(Advance(chart, first), Advance(chart, second));
        return verdict < 0 ? second : first;
    }

    /// <summary>Positive when the first is larger, negative when the second is, null when they tie or either is unknown.</summary>
    private static int? Compare(double? first, double? second) =>
        first is { } a && second is { } b && a != b ? a.CompareTo(b) : null;

    private static int? Compare(bool first, bool second) => Compare(first ? 1 : 0, second ? 1 : 0);

    private static IEnumerable<Graha> Companions(SignChart chart, Graha graha) =>
        SignChart.NineGrahas.Where(other => other != graha && chart.Grahas.ContainsKey(other) && chart.SignOf(other) == chart.SignOf(graha));

    private static bool IsExalted(SignChart chart, Graha graha) => Dignities.IsExalted(graha, chart.SignOf(graha));

    private static bool IsDignified(SignChart chart, Graha graha) =>
        IsExalted(chart, graha) || Dignities.IsInOwnSign(graha, chart.SignOf(graha));

    private static int AspectingGrahas(SignChart chart, Graha graha)
    {
        var sign = chart.SignOf(graha);
        return SignChart.NineGrahas.Count(other => chart.Grahas.TryGetValue(other, out var position) && RasiDrishti.AspectedBy(position.Sign).Contains(sign));
    }

    /// <summary>Degrees run in the sign; the nodes move backward, so theirs are counted from the sign's end, as for chara karakas.</summary>
    private static double? Advance(SignChart chart, Graha graha) =>
        chart.Grahas[graha].DegreeInSign is not { } degree ? null
        : graha is Graha.Rahu or Graha.Ketu ? 30 - degree
        : degree;
}
