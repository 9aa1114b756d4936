using Jyotishika.Engine.Analysis;
using Jyotishika.Engine.Vargas;

namespace Jyotishika.Engine.Dasha;

/// <summary>Whether a conditional dasha applies to a chart, and the rule that decided it.</summary>
/// <param name="Rule">One sentence naming the condition and its source.</param>
public sealed record DashaCondition(bool Applies, string Rule);

/// <summary>
/// The conditions under which Parashara recommends each conditional nakshatra dasha (BPHS ch. 46; summarised by
/// P. V. R. Narasimha Rao, "Unified Nakshatra Dasa Approach", 2013, and coded in PyJHora's
/// <c>jhora/horoscope/dhasa/graha/*.py</c> <c>applicability_check</c>). Houses are whole signs from the lagna; sign
/// lords are the classical seven (<see cref="Dignities.LordOf"/>).
/// </summary>
public static class DashaApplicability
{
    private const int Leo = 4;
    private const int Cancer = 3;

    /// <summary>The condition for <paramref name="system"/>, or null for a system that applies to every chart.</summary>
    public static DashaCondition? Of(DashaSystem system, Chart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var signs = SignChart.Of(chart);
        var lagna = chart.Ascendant;
        return system switch
        {
            DashaSystem.Ashtottari => new(
                RahuAngularOrTrinalToLagnaLord(signs),
                "Ashtottari: Rahu in a kendra or trikona from the lagna lord but not in the lagna (BPHS 46.17–20)."),
            DashaSystem.Shodasottari => new(
                LagnaHora(lagna) == Leo ? IsShukla(chart) : !IsShukla(chart),
                "Shodasottari: the lagna in the Sun's hora in Shukla paksha or in the Moon's hora in Krishna paksha (BPHS 46.24–26)."),
            DashaSystem.Dwadasottari => new(
                Dignities.LordOf(lagna.NavamsaSign) == Graha.Venus,
                "Dwadasottari: the lagna in a navamsa of Venus, Taurus or Libra (BPHS ch. 46)."),
            DashaSystem.Panchottari => new(
                lagna.Sign == Cancer && DivisionalChart.Of(lagna.Longitude, Varga.Dwadasamsa).Sign == Cancer,
                "Panchottari: the lagna in Cancer and in the dwadasamsa of Cancer (BPHS ch. 46)."),
            DashaSystem.Shatabdika => new(
                lagna.Sign == lagna.NavamsaSign,
                "Shatabdika: the lagna vargottama, in the same sign in the rasi and the navamsa (BPHS ch. 46)."),
            DashaSystem.ChaturaseetiSama => new(
                signs.HouseOf(Dignities.LordOf(signs.SignOfHouse(10))) == 10,
                "Chaturaseeti-sama: the 10th lord in the 10th house (BPHS ch. 46)."),
            DashaSystem.DwisaptatiSama => new(
                signs.HouseOf(Dignities.LordOf(signs.SignOfHouse(1))) == 7 || signs.HouseOf(Dignities.LordOf(signs.SignOfHouse(7))) == 1,
                "Dwisaptati-sama: the lagna lord in the 7th house or the 7th lord in the lagna (BPHS ch. 46)."),
            DashaSystem.Shashtihayani => new(
                signs.HouseOf(Graha.Sun) == 1,
                "Shashtihayani: the Sun in the lagna (BPHS ch. 46)."),
            DashaSystem.ShattrimsaSama => new(
                LagnaHora(lagna) == Leo ? IsDayBirth(chart) : !IsDayBirth(chart),
                "Shattrimsa-sama: a day birth with the lagna in the Sun's hora or a night birth with the lagna in the Moon's hora (BPHS 46.42–43)."),
            _ => null,
        };
    }

    /// <summary>
    /// The Sun above the horizon: its longitude in the half of the ecliptic from the descendant on to the ascendant
    /// (houses 7–12, through the midheaven). The chart's ascendant is where the ecliptic meets the eastern horizon, so
    /// no rise-time search is needed; the Sun's centre is taken unrefracted, as an almanac's sunrise (upper limb,
    /// refraction) is not in the chart — a birth within a few minutes of sunrise or sunset may read otherwise there.
    /// </summary>
    public static bool IsDayBirth(Chart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return Arc.Normalize(Longitude(chart, Graha.Sun) - chart.Ascendant.Longitude) >= 180;
    }

    /// <summary>Shukla paksha: the Moon less than 180° ahead of the Sun (tithis 1–15).</summary>
    public static bool IsShukla(Chart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return Arc.Normalize(Longitude(chart, Graha.Moon) - Longitude(chart, Graha.Sun)) < 180;
    }

    /// <summary>The lagna's Parashari hora: Leo (the Sun's) or Cancer (the Moon's).</summary>
    private static int LagnaHora(Placement lagna) => DivisionalChart.Of(lagna.Longitude, Varga.Hora).Sign;

    private static bool RahuAngularOrTrinalToLagnaLord(SignChart signs)
    {
        var rahu = signs.SignOf(Graha.Rahu);
        var fromLagnaLord = SignChart.Houses.Count(signs.SignOf(Dignities.LordOf(signs.AscendantSign)), rahu);
        return rahu != signs.AscendantSign && fromLagnaLord is 1 or 4 or 7 or 10 or 5 or 9;
    }

    private static double Longitude(Chart chart, Graha graha) => chart.Grahas.First(g => g.Graha == graha).Longitude;
}
