using Jyotishika.Engine.Analysis;
using Jyotishika.Engine.Jaimini;

namespace Jyotishika.Engine.Dasha.Chara;

/// <summary>A sign's first-cycle years in Chara dasha, by either method.</summary>
internal static class CharaYears
{
    /// <summary>Years of a sign whose lord stands in it (both books: the full 12).</summary>
    public const int OwnSignYears = 12;

    /// <summary>
    /// Count from the sign to the sign its lord occupies, forward from an odd-footed sign and backward from an even-footed one,
    /// less one (BPHS 46.156; K. N. Rao ch. "Calculation of dasha periods"; P. V. R. Narasimha Rao, Chara dasa). A lord in the
    /// sign gives 12. P. V. R. Narasimha Rao then adds a year for an exalted lord and takes one for a debilitated lord; K. N. Rao
    /// rejects that correction ("it has given me incorrect results", his notes on the Scorpio and Aquarius rules).
    /// </summary>
    public static int Of(SignChart chart, int sign, CharaMethod method)
    {
        var lord = LordOf(chart, sign, method);
        var lordSign = chart.SignOf(lord);
        if (lordSign == sign)
        {
            return OwnSignYears;
        }

        var years = Footedness.Count(sign, lordSign, Footedness.IsOddFooted(sign)) - 1;
        if (method == CharaMethod.NarasimhaRao)
        {
            years += Dignities.IsExalted(lord, lordSign) ? 1 : Dignities.IsDebilitated(lord, lordSign) ? -1 : 0;
        }

        return years;
    }

    /// <summary>
    /// The lord counted to. Scorpio (Mars, Ketu) and Aquarius (Saturn, Rahu) have two: when one stands in the sign the count
    /// goes to the other, and when both do the sign has its full 12 (both books). Otherwise P. V. R. Narasimha Rao takes the
    /// stronger by his rules (<see cref="SignStrength.StrongerCoLord"/>, whose first rule is the one above) and K. N. Rao the one
    /// joined by more grahas, then the one further advanced in its sign.
    /// </summary>
    public static Graha LordOf(SignChart chart, int sign, CharaMethod method)
    {
        var (primary, node) = sign switch
        {
            CoOwnedSigns.Scorpio => (Graha.Mars, Graha.Ketu),
            CoOwnedSigns.Aquarius => (Graha.Saturn, Graha.Rahu),
            _ => (Dignities.LordOf(sign), (Graha?)null),
        };
        if (node is not { } second)
        {
            return primary;
        }

        return method == CharaMethod.NarasimhaRao
            ? SignStrength.StrongerCoLord(chart, primary, second)
            : KnRaoCoLord(chart, sign, primary, second);
    }

    private static Graha KnRaoCoLord(SignChart chart, int sign, Graha primary, Graha node)
    {
        var primaryIn = chart.SignOf(primary) == sign;
        var nodeIn = chart.SignOf(node) == sign;
        if (primaryIn != nodeIn)
        {
            return primaryIn ? node : primary;
        }

        var byCompany = Companions(chart, primary).CompareTo(Companions(chart, node));
        if (byCompany != 0)
        {
            return byCompany > 0 ? primary : node;
        }

        var primaryDegree = chart.Grahas[primary].DegreeInSign;
        var nodeDegree = chart.Grahas[node].DegreeInSign;
        return nodeDegree > primaryDegree ? node : primary;
    }

    private static int Companions(SignChart chart, Graha graha) =>
        SignChart.NineGrahas.Count(other =>
            other != graha && chart.Grahas.TryGetValue(other, out var position) && position.Sign == chart.SignOf(graha));
}
