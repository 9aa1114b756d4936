using Jyotishika.Engine.Analysis;

namespace Jyotishika.Engine.Jaimini;

/// <summary>
/// Arudha padas, the "image" of a house or graha (BPHS ch. 29; P. V. R. Narasimha Rao, "Vedic Astrology: An Integrated
/// Approach", ch. 9). A house's pada lies as far beyond its lord as the lord lies beyond the house; a graha's pada as far
/// beyond its own sign as the own sign lies beyond the graha. Counts are inclusive, the 1st being the sign itself.
/// </summary>
public static class Arudhas
{
    private const int Seventh = 7;
    private const int Tenth = 10;

    /// <summary>A1 (the arudha lagna) … A12 (the upapada), in house order.</summary>
    public static IReadOnlyList<BhavaArudha> Bhavas(SignChart chart, JaiminiOptions options)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(options);
        return Enumerable.Range(1, 12).Select(house =>
        {
            var houseSign = chart.SignOfHouse(house);
            var lord = LordOf(chart, houseSign, options.CoLords);
            var (sign, moved) = Pada(houseSign, chart.SignOf(lord), options.Exceptions);
            return new BhavaArudha(house, houseSign, lord, sign, moved);
        }).ToArray();
    }

    /// <summary>
    /// The nine grahas' padas, Sun … Ketu. A graha owning two signs counts to the stronger (<see cref="SignStrength.StrongerSign"/>);
    /// Rahu counts to Aquarius and Ketu to Scorpio. The exception is judged from the sign the graha stands in, the sign the
    /// count starts from, as a house's is judged from the house: that reproduces PVR's Example 29 and Exercise 13 and
    /// Jagannatha Hora, where judging it from the own sign would differ whenever the pada falls 7th from the graha (Mercury
    /// in Example 29, pada Gemini, would become Virgo).
    /// </summary>
    public static IReadOnlyList<GrahaArudha> Grahas(SignChart chart, JaiminiOptions options)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(options);
        return SignChart.NineGrahas.Select(graha =>
        {
            var ownSign = OwnSign(chart, graha);
            var (sign, moved) = Pada(chart.SignOf(graha), ownSign, options.Exceptions);
            return new GrahaArudha(graha, ownSign, sign, moved);
        }).ToArray();
    }

    /// <summary>The lord of a sign; for Scorpio (Mars or Ketu) and Aquarius (Saturn or Rahu) as <paramref name="rule"/> decides.</summary>
    public static Graha LordOf(SignChart chart, int sign, CoLordRule rule)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var primary = Dignities.LordOf(sign);
        if (rule == CoLordRule.Primary)
        {
            return primary;
        }

        return sign switch
        {
            CoOwnedSigns.Scorpio => SignStrength.StrongerCoLord(chart, primary, Graha.Ketu),
            CoOwnedSigns.Aquarius => SignStrength.StrongerCoLord(chart, primary, Graha.Rahu),
            _ => primary,
        };
    }

    /// <summary>
    /// The sign as far beyond <paramref name="pivotSign"/> as the pivot lies beyond <paramref name="baseSign"/>; under the
    /// classical exception, moved to the 10th from itself when it falls on the 1st or 7th from <paramref name="baseSign"/>.
    /// </summary>
    private static (int Sign, bool Moved) Pada(int baseSign, int pivotSign, ArudhaException exceptions)
    {
        var count = SignChart.Houses.Count(baseSign, pivotSign);
        var pada = SignChart.Houses.SignAt(pivotSign, count);
        if (exceptions == ArudhaException.Classical)
        {
            var fromBase = SignChart.Houses.Count(baseSign, pada);
            if (fromBase is 1 or Seventh)
            {
                return (SignChart.Houses.SignAt(pada, Tenth), true);
            }
        }

        return (pada, false);
    }

    private static int OwnSign(SignChart chart, Graha graha)
    {
        if (graha is Graha.Rahu or Graha.Ketu)
        {
            return CoOwnedSigns.OfNode(graha);
        }

        var own = Dignities.OwnSigns(graha).ToArray();
        return own.Length == 1 ? own[0] : SignStrength.StrongerSign(chart, own[0], own[1]);
    }
}
