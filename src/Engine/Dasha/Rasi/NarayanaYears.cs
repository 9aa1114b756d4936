using Jyotishika.Engine.Analysis;
using Jyotishika.Engine.Jaimini;

namespace Jyotishika.Engine.Dasha.Rasi;

/// <summary>
/// The first-cycle years of a sign's Narayana dasa (P. V. R. Narasimha Rao, "Vedic Astrology: An Integrated Approach", 18.2.2),
/// which Drigdasa uses too (21.2 (5)).
/// </summary>
internal static class NarayanaYears
{
    /// <summary>The longest first-cycle dasa; the second cycle gives each sign the rest of it (18.2.2, special note 2).</summary>
    public const int Cycle = 12;

    /// <summary>
    /// Count from the sign to its lord, forward for an odd-footed sign and backward for an even-footed one, less one; 12 when the
    /// lord is in the sign (exception 1); one more when the lord is exalted, one less when debilitated (exceptions 2 and 3). Scorpio
    /// and Aquarius take the stronger of their two lords (special note 1). Mercury in Virgo is in its own sign, so gets no extra
    /// year: Rao's summary "Computing Narayana Dasa" says his exaltation "counts just as own house". The nodes have no exaltation
    /// in <see cref="Dignities"/>, so a node as lord never adds or loses a year.
    /// </summary>
    public static int FirstCycle(SignChart chart, int sign)
    {
        var lord = Arudhas.LordOf(chart, sign, CoLordRule.Stronger);
        var lordSign = chart.SignOf(lord);
        var count = SignCounting.HouseOf(sign, lordSign, SignCounting.IsOddFooted(sign));
        var years = count == 1 ? Cycle : count - 1;
        if (Dignities.IsExalted(lord, lordSign) && !Dignities.IsInOwnSign(lord, lordSign))
        {
            years++;
        }
        else if (Dignities.IsDebilitated(lord, lordSign))
        {
            years--;
        }

        return years;
    }

    /// <summary>The same sign's years in the second cycle.</summary>
    public static int SecondCycle(SignChart chart, int sign) => Cycle - FirstCycle(chart, sign);
}
