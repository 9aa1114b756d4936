using Jyotishika.Engine.Analysis;
using Jyotishika.Engine.Vargas;

namespace Jyotishika.Engine.Strength;

/// <summary>
/// Saptavargaja bala (BPHS ch. 27; Raman ch. 3): in each of the seven vargas D1, D2, D3, D7, D9, D12, D30 a graha earns
/// points for its standing in the varga sign — moolatrikona, own sign, or its compound (panchadha) relation to the
/// sign's lord. The compound relation joins the natural one (BPHS ch. 3) with the temporary one read from the rasi chart:
/// a graha in the 2nd, 3rd, 4th, 10th, 11th or 12th sign from another is its temporary friend, elsewhere its enemy.
/// </summary>
internal static class SaptavargajaBala
{
    internal static IReadOnlyList<Varga> SevenVargas { get; } =
        [Varga.Rasi, Varga.Hora, Varga.Drekkana, Varga.Saptamsa, Varga.Navamsa, Varga.Dwadasamsa, Varga.Trimsamsa];

    private enum Standing
    {
        Moolatrikona,
        Own,
        GreatFriend,
        Friend,
        Neutral,
        Enemy,
        GreatEnemy,
    }

    /// <param name="graha">Sun … Saturn.</param>
    /// <param name="longitude">The graha's sidereal longitude.</param>
    /// <param name="rasiSigns">D1 sign of each of the seven grahas, for temporary friendship.</param>
    /// <param name="options">Which table of points, and the moolatrikona span.</param>
    internal static double Of(Graha graha, double longitude, IReadOnlyDictionary<Graha, int> rasiSigns, ShadbalaOptions options) =>
        SevenVargas.Sum(varga => Points(StandingIn(graha, longitude, varga, rasiSigns, options.MoolatrikonaSpan), options.SaptavargajaPoints));

    private static Standing StandingIn(
        Graha graha, double longitude, Varga varga, IReadOnlyDictionary<Graha, int> rasiSigns, MoolatrikonaSpan span)
    {
        var sign = DivisionalChart.Of(longitude, varga).Sign;

        // Moolatrikona counts in the rasi only, and only within its span of degrees (Raman ch. 3); in the other vargas
        // the moolatrikona sign is an own sign (or, for the Moon's Taurus, a sign of a lord it relates to).
        if (varga == Varga.Rasi && (span == MoolatrikonaSpan.WholeSign
                ? Dignities.MoolatrikonaSign(graha) == sign
                : InMoolatrikona(graha, longitude)))
        {
            return Standing.Moolatrikona;
        }

        if (Dignities.IsInOwnSign(graha, sign))
        {
            return Standing.Own;
        }

        return CompoundRelations.Of(graha, Dignities.LordOf(sign), rasiSigns) switch
        {
            CompoundRelation.GreatFriend => Standing.GreatFriend,
            CompoundRelation.Friend => Standing.Friend,
            CompoundRelation.Neutral => Standing.Neutral,
            CompoundRelation.Enemy => Standing.Enemy,
            _ => Standing.GreatEnemy,
        };
    }

    /// <summary>
    /// Moolatrikona spans, BPHS ch. 3: Sun Leo 0–20°, Moon Taurus 3–30°, Mars Aries 0–12°, Mercury Virgo 15–20°,
    /// Jupiter Sagittarius 0–10°, Venus Libra 0–15°, Saturn Aquarius 0–20°.
    /// </summary>
    internal static bool InMoolatrikona(Graha graha, double longitude)
    {
        var (start, end) = graha switch
        {
            Graha.Sun => (120.0, 140.0),
            Graha.Moon => (33.0, 60.0),
            Graha.Mars => (0.0, 12.0),
            Graha.Mercury => (165.0, 170.0),
            Graha.Jupiter => (240.0, 250.0),
            Graha.Venus => (180.0, 195.0),
            Graha.Saturn => (300.0, 320.0),
            _ => throw SthanaBala.Seven(graha),
        };
        return longitude >= start && longitude < end;
    }

    private static double Points(Standing standing, SaptavargajaPoints table) => (standing, table) switch
    {
        (Standing.Moolatrikona, _) => 45,
        (Standing.Own, _) => 30,
        (Standing.GreatFriend, SaptavargajaPoints.Bphs) => 20,
        (Standing.GreatFriend, _) => 22.5,
        (Standing.Friend, _) => 15,
        (Standing.Neutral, SaptavargajaPoints.Bphs) => 10,
        (Standing.Neutral, _) => 7.5,
        (Standing.Enemy, SaptavargajaPoints.Bphs) => 4,
        (Standing.Enemy, _) => 3.75,
        (Standing.GreatEnemy, SaptavargajaPoints.Bphs) => 2,
        _ => 1.875,
    };
}
