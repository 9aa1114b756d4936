using Jyotishika.Engine.Analysis;

namespace Jyotishika.Engine.Tajaka;

/// <summary>
/// A graha's strength from five groups (PVR §28.4): kshetra (rasi, out of 30), uchcha (out of 20), hadda (15),
/// drekkana (10) and navamsa (5); their sum over 4 is the bala. Below 5 weak, 5–10 ordinary, 10–15 strong, 15–20 very
/// strong, above 20 extraordinarily strong (§28.4.6).
/// </summary>
public sealed record PanchaVargeeyaBala(Graha Graha, double Kshetra, double Uchcha, double Hadda, double Drekkana, double Navamsa)
{
    /// <summary>The threshold of "very strong" (§28.4.6), which §28.6 lets choose a year lord without an aspect.</summary>
    public const double VeryStrong = 15;

    private const double KshetraFull = 30;
    private const double UchchaFull = 20;
    private const double HaddaFull = 15;
    private const double DrekkanaFull = 10;
    private const double NavamsaFull = 5;

    /// <summary>Deep exaltation points (§28.4.2): Sun 10° Ar, Moon 3° Ta, Mars 28° Cp, Mercury 15° Vi, Jupiter 5° Cn, Venus 27° Pi, Saturn 20° Li.</summary>
    private static readonly Dictionary<Graha, double> DeepExaltation = new()
    {
        [Graha.Sun] = 10, [Graha.Moon] = 33, [Graha.Mars] = 298, [Graha.Mercury] = 165,
        [Graha.Jupiter] = 95, [Graha.Venus] = 357, [Graha.Saturn] = 200,
    };

    public double Total => (Kshetra + Uchcha + Hadda + Drekkana + Navamsa) / 4;

    /// <summary>The bala of one of the seven grahas Sun … Saturn at a sidereal longitude.</summary>
    public static PanchaVargeeyaBala Of(Graha graha, double longitude, KshetraScale scale = KshetraScale.FriendHalfOtherQuarter)
    {
        if (!DeepExaltation.TryGetValue(graha, out var exaltation))
        {
            throw new ArgumentOutOfRangeException(nameof(graha), graha, "Pancha-vargeeya bala is defined for Sun … Saturn.");
        }

        var sign = Arc.Segment(longitude, 12);
        var drekkana = Vargas.DivisionalChart.Of(longitude, Vargas.Varga.Drekkana).Sign;
        var navamsa = Placement.Of(longitude).NavamsaSign;

        // Distance from the deep debilitation point, 0° to 180°, as a share of 180° (§28.4.2's Jupiter at 8Vi30: 12.94).
        var fromDebilitation = Arc.Separation(longitude, exaltation + 180);
        return new PanchaVargeeyaBala(
            graha,
            KshetraFull * Share(graha, sign, Dignities.LordOf(sign), scale),
            UchchaFull * fromDebilitation / 180,
            HaddaFull * Share(graha, null, Tajaka.Hadda.LordAt(longitude), scale),
            DrekkanaFull * Share(graha, drekkana, Dignities.LordOf(drekkana), scale),
            NavamsaFull * Share(graha, navamsa, Dignities.LordOf(navamsa), scale));
    }

    /// <summary>The share earned in a sign (or a hadda, which has no exaltation) ruled by <paramref name="lord"/>.</summary>
    private static double Share(Graha graha, int? sign, Graha lord, KshetraScale scale)
    {
        if (lord == graha || (sign is { } s && Dignities.IsExalted(graha, s)))
        {
            return 1;
        }

        return (Dignities.RelationOf(graha, lord), scale) switch
        {
            (NaturalRelation.Friend, KshetraScale.Quarters) => 0.75,
            (NaturalRelation.Friend, _) => 0.5,
            (NaturalRelation.Neutral, KshetraScale.Quarters) => 0.5,
            (NaturalRelation.Neutral, KshetraScale.NeutralNothing) => 0,
            _ => 0.25,
        };
    }
}
