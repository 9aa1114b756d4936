using Jyotishika.Engine.Analysis;
using Jyotishika.Engine.Jaimini;

namespace Jyotishika.Engine.Dasha.Chara;

/// <summary>A graha's years in Moola dasha (S. Rath, "Moola dasa", 1999; P. V. R. Narasimha Rao, Moola dasa).</summary>
internal static class MoolaYears
{
    /// <summary>A graha in its moolatrikona counts the full round, as a lord in its own sign does in the rasi dashas.</summary>
    private const int InMoolatrikonaCorrection = 12;

    public static double Vimshottari(Graha graha) => DashaScheme.Vimshottari.Lords.Single(lord => lord.Graha == graha).Years;

    /// <summary>
    /// Vimshottari years less the correction, taken as a distance (a correction above the Vimshottari years leaves the excess);
    /// a correction equal to them leaves the full Vimshottari years rather than none (Rath's first rider).
    /// </summary>
    public static double FirstCycle(SignChart chart, Graha graha)
    {
        var full = Vimshottari(graha);
        var years = Math.Abs(full - Correction(graha, chart.SignOf(graha)));
        return years == 0 ? full : years;
    }

    /// <summary>
    /// Signs counted forward from the graha to its moolatrikona, less one; a year more when exalted, a year less when
    /// debilitated; 12 in the moolatrikona itself, exalted or not. Rahu counts to Aquarius and Ketu to Scorpio, their signs as
    /// co-lords (Rath's second rider).
    /// </summary>
    public static int Correction(Graha graha, int sign)
    {
        var moolatrikona = MoolatrikonaOf(graha);
        if (sign == moolatrikona)
        {
            return InMoolatrikonaCorrection;
        }

        var correction = SignChart.Houses.Count(sign, moolatrikona) - 1;
        return correction + (Dignities.IsExalted(graha, sign) ? 1 : Dignities.IsDebilitated(graha, sign) ? -1 : 0);
    }

    private static int MoolatrikonaOf(Graha graha) => graha switch
    {
        Graha.Rahu or Graha.Ketu => CoOwnedSigns.OfNode(graha),
        _ => Dignities.MoolatrikonaSign(graha) ?? throw new ArgumentOutOfRangeException(nameof(graha), graha, "No moolatrikona"),
    };
}
