namespace Jyotishika.Engine;

/// <summary>
/// Combustion (asta): a graha within its orb of the Sun, by longitude. Orbs as in Surya Siddhanta and BPHS: Moon 12°,
/// Mars 17°, Mercury 14° (12° retrograde), Jupiter 11°, Venus 10° (8° retrograde), Saturn 15°. The Sun, the nodes and
/// the outer planets are never combust.
/// </summary>
public static class Combustion
{
    public static double? OrbDegrees(Graha graha, bool retrograde) => graha switch
    {
        Graha.Moon => 12,
        Graha.Mars => 17,
        Graha.Mercury => retrograde ? 12 : 14,
        Graha.Jupiter => 11,
        Graha.Venus => retrograde ? 8 : 10,
        Graha.Saturn => 15,
        _ => null,
    };

    public static bool IsCombust(Graha graha, double longitude, bool retrograde, double sunLongitude) =>
        OrbDegrees(graha, retrograde) is { } orb && Arc.Separation(longitude, sunLongitude) < orb;
}
