using Jyotishika.Engine.Analysis;
using Jyotishika.Engine.Aspects;

namespace Jyotishika.Engine.Jaimini;

/// <summary>
/// Which of two signs, or of two co-lords, is stronger, by P. V. R. Narasimha Rao's ordered rules ("Vedic Astrology: An
/// Integrated Approach", the Jaimini strength rules used for arudhas and rasi dasas), as PyJHora's house.py restates them.
/// Each rule is tried in turn and the first that separates the two decides. Sign lords here are the primary lords (Mars for
/// Scorpio, Saturn for Aquarius) except in the final degree rule, which asks the stronger co-lord. The nodes have no
/// exaltation in <see cref="Dignities"/>, so rule (3) never favours them. A rule that needs degrees the chart lacks is skipped;
/// when no rule separates the two, the first argument is returned (the primary lord for co-lords), which is the reading a
/// chart from paper gives.
/// </summary>
public static class SignStrength
{
    private static readonly Graha[] Witnesses = [Graha.Jupiter, Graha.Mercury];

    /// <summary>
    /// The stronger of two signs: (1) more grahas in it; (2) more of Jupiter, Mercury and its lord in it or rasi-aspecting it;
    /// (3) an exalted graha in it; (4) its lord in a sign of the other oddity; (5) dual over fixed over movable; (6) its lord
    /// further advanced in its sign.
    /// </summary>
    public static int StrongerSign(SignChart chart, int sign1, int sign2)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ValidateSign(sign1, nameof(sign1));
        ValidateSign(sign2, nameof(sign2));
        if (sign1 == sign2)
        {
            return sign1;
        }

        var verdict = Compare(Occupants(chart, sign1).Count(), Occupants(chart, sign2).Count())
            ?? Compare(SupportOfSign(chart, sign1), SupportOfSign(chart, sign2))
            ?? Compare(HoldsExalted(chart, sign1), HoldsExalted(chart, sign2))
            ?? Compare(LordInOtherOddity(chart, sign1), LordInOtherOddity(chart, sign2))
            ?? Compare(Modality(sign1), Modality(sign2))
            ?? Compare(Degree(chart, Arudhas.LordOf(chart, sign1, CoLordRule.Stronger)), Degree(chart, Arudhas.LordOf(chart, sign2, CoLordRule.Stronger)));
        return verdict == Second ? sign2 : sign1;
    }

    /// <summary>
    /// The stronger of a sign's two lords, Mars and Ketu for Scorpio or Saturn and Rahu for Aquarius: (0) if one stands in
    /// the co-owned sign and the other does not, the other; (1) the one joined by more grahas; (2) the one joined or
    /// rasi-aspected by more of Jupiter, Mercury and its dispositor; (3) an exalted one; (4) dual over fixed over movable;
    /// (5) the one further advanced in its sign.
    /// </summary>
    public static Graha StrongerCoLord(SignChart chart, Graha primary, Graha node)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var coOwned = (primary, node) switch
        {
            (Graha.Mars, Graha.Ketu) => CoOwnedSigns.Scorpio,
            (Graha.Saturn, Graha.Rahu) => CoOwnedSigns.Aquarius,
            _ => throw new ArgumentException("Co-lords are Mars with Ketu (Scorpio) or Saturn with Rahu (Aquarius).", nameof(node)),
        };

        var primarySign = chart.SignOf(primary);
        var nodeSign = chart.SignOf(node);
        var verdict = Compare(primarySign != coOwned, nodeSign != coOwned)
            ?? Compare(Occupants(chart, primarySign).Count(), Occupants(chart, nodeSign).Count())
            ?? Compare(SupportOfGraha(chart, primary), SupportOfGraha(chart, node))
            ?? Compare(Dignities.IsExalted(primary, primarySign), Dignities.IsExalted(node, nodeSign))
            ?? Compare(Modality(primarySign), Modality(nodeSign))
            ?? Compare(Degree(chart, primary), Degree(chart, node));
        return verdict == Second ? node : primary;
    }

    private const int First = 1;
    private const int Second = 2;

    private static int? Compare(int first, int second) => first > second ? First : second > first ? Second : null;

    private static int? Compare(bool first, bool second) => Compare(first ? 1 : 0, second ? 1 : 0);

    private static int? Compare(double? first, double? second) =>
        first is { } a && second is { } b ? (a > b ? First : b > a ? Second : null) : null;

    private static IEnumerable<Graha> Occupants(SignChart chart, int sign) =>
        SignChart.NineGrahas.Where(graha => chart.Grahas.TryGetValue(graha, out var position) && position.Sign == sign);

    /// <summary>How many of Jupiter, Mercury and the sign's lord stand in the sign or in a sign aspecting it.</summary>
    private static int SupportOfSign(SignChart chart, int sign) =>
        Supporters(Dignities.LordOf(sign)).Count(graha => InOrAspecting(chart, graha, sign));

    /// <summary>How many of Jupiter, Mercury and the graha's dispositor (itself excluded) join it or rasi-aspect its sign.</summary>
    private static int SupportOfGraha(SignChart chart, Graha graha)
    {
        var sign = chart.SignOf(graha);
        return Supporters(Dignities.LordOf(sign)).Where(other => other != graha).Count(other => InOrAspecting(chart, other, sign));
    }

    private static IEnumerable<Graha> Supporters(Graha lord) => Witnesses.Append(lord).Distinct();

    private static bool InOrAspecting(SignChart chart, Graha graha, int sign) =>
        chart.Grahas.TryGetValue(graha, out var position)
        && (position.Sign == sign || RasiDrishti.AspectedBy(position.Sign).Contains(sign));

    private static bool HoldsExalted(SignChart chart, int sign) => Occupants(chart, sign).Any(graha => Dignities.IsExalted(graha, sign));

    /// <summary>Odd signs (Aries, Gemini …) are the even indices; the lord "in the other oddity" stands an odd count of signs away.</summary>
    private static bool LordInOtherOddity(SignChart chart, int sign) => (chart.SignOf(Dignities.LordOf(sign)) - sign) % 2 != 0;

    /// <summary>Dual 3, fixed 2, movable 1: the natural strength order of signs.</summary>
    private static int Modality(int sign) => (sign % 3) switch
    {
        0 => 1,
        1 => 2,
        _ => 3,
    };

    private static double? Degree(SignChart chart, Graha graha) =>
        chart.Grahas.TryGetValue(graha, out var position) ? position.DegreeInSign : null;

    private static void ValidateSign(int sign, string name)
    {
        if (sign is < 0 or > 11)
        {
            throw new ArgumentOutOfRangeException(name, sign, "Signs are 0 (Aries) to 11 (Pisces).");
        }
    }
}
