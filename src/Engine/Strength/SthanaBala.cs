using Jyotishika.Engine.Analysis;

namespace Jyotishika.Engine.Strength;

/// <summary>
/// The rule-simple parts of sthana (positional) bala, BPHS ch. 27 (Shadbala) and Raman, <i>Graha and Bhava Balas</i>
/// ch. 2–3. Saptavargaja bala, which needs the friendship tables, is in <see cref="SaptavargajaBala"/>.
/// </summary>
internal static class SthanaBala
{
    /// <summary>Deep exaltation points (sidereal degrees), BPHS ch. 3: Sun Ar 10, Moon Ta 3, Mars Cp 28, Mercury Vi 15, Jupiter Cn 5, Venus Pi 27, Saturn Li 20.</summary>
    internal static double ExaltationPoint(Graha graha) => graha switch
    {
        Graha.Sun => 10,
        Graha.Moon => 33,
        Graha.Mars => 298,
        Graha.Mercury => 165,
        Graha.Jupiter => 95,
        Graha.Venus => 357,
        Graha.Saturn => 200,
        _ => throw Seven(graha),
    };

    /// <summary>
    /// Uchcha bala: the arc from the deep debilitation point (exaltation + 180°), at most 180°, divided by 3; so 60 at
    /// deep exaltation and 0 at deep debilitation (BPHS ch. 27; Raman ch. 2).
    /// </summary>
    internal static double Uchcha(Graha graha, double longitude) =>
        Arc.Separation(longitude, ExaltationPoint(graha) + 180.0) / 3.0;

    /// <summary>
    /// Ojayugma bala: 15 virupas in the rasi and 15 in the navamsa when the sign's parity suits the graha — even signs
    /// for the Moon and Venus, odd signs for the others (BPHS ch. 27). Sign index 0 = Aries is odd.
    /// </summary>
    internal static double Ojayugma(Graha graha, int rasiSign, int navamsaSign)
    {
        var wantsEven = graha is Graha.Moon or Graha.Venus;
        double Points(int sign) => (sign % 2 == 1) == wantsEven ? 15.0 : 0.0;
        return Points(rasiSign) + Points(navamsaSign);
    }

    /// <summary>Kendradi bala: 60 in a kendra (1, 4, 7, 10), 30 in a panaphara (2, 5, 8, 11), 15 in an apoklima (BPHS ch. 27).</summary>
    internal static double Kendradi(int house) => ((house - 1) % 3) switch
    {
        0 => 60.0,
        1 => 30.0,
        _ => 15.0,
    };

    /// <summary>
    /// Drekkana bala: 15 virupas to a male graha (Sun, Mars, Jupiter) in the first decanate of its sign, a neuter one
    /// (Mercury, Saturn) in the second, a female one (Moon, Venus) in the third (BPHS ch. 27).
    /// </summary>
    internal static double Drekkana(Graha graha, double degreeInSign)
    {
        var wanted = graha switch
        {
            Graha.Sun or Graha.Mars or Graha.Jupiter => 0,
            Graha.Mercury or Graha.Saturn => 1,
            Graha.Moon or Graha.Venus => 2,
            _ => throw Seven(graha),
        };
        return Math.Min((int)(degreeInSign / 10.0), 2) == wanted ? 15.0 : 0.0;
    }

    /// <summary>
    /// Dig bala: the arc from the graha's powerless point divided by 3 (BPHS ch. 27). Jupiter and Mercury are strongest
    /// on the ascendant, the Sun and Mars on the midheaven, Saturn on the descendant, the Moon and Venus on the nadir;
    /// the powerless point is opposite. The ascendant and midheaven are the chart's own (Raman uses the bhava cusps).
    /// </summary>
    internal static double Dig(Graha graha, double longitude, double ascendant, double midheaven)
    {
        var strongest = graha switch
        {
            Graha.Jupiter or Graha.Mercury => ascendant,
            Graha.Sun or Graha.Mars => midheaven,
            Graha.Saturn => ascendant + 180.0,
            Graha.Moon or Graha.Venus => midheaven + 180.0,
            _ => throw Seven(graha),
        };
        return Arc.Separation(longitude, strongest + 180.0) / 3.0;
    }

    /// <summary>Naisargika bala: 60·(7 − k)/7 for the k-th (0-based) of Sun, Moon, Venus, Jupiter, Mercury, Mars, Saturn (BPHS ch. 27).</summary>
    internal static double Naisargika(Graha graha) => graha switch
    {
        Graha.Sun => 60.0,
        Graha.Moon => 60.0 * 6 / 7,
        Graha.Venus => 60.0 * 5 / 7,
        Graha.Jupiter => 60.0 * 4 / 7,
        Graha.Mercury => 60.0 * 3 / 7,
        Graha.Mars => 60.0 * 2 / 7,
        Graha.Saturn => 60.0 / 7,
        _ => throw Seven(graha),
    };

    internal static ArgumentOutOfRangeException Seven(Graha graha) =>
        new(nameof(graha), graha, "Shadbala is defined for the seven grahas Sun … Saturn.");

    internal static bool IsSeven(Graha graha) => Dignities.SevenGrahas.Contains(graha);
}
