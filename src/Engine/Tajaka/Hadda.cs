namespace Jyotishika.Engine.Tajaka;

/// <summary>
/// The hadda (term) lords of each sign, PVR's Table 72 ("Vedic Astrology: An Integrated Approach", §28.4.3): five
/// unequal parts a sign, each ruled by one of Mars, Mercury, Jupiter, Venus and Saturn.
/// </summary>
public static class Hadda
{
    // Each sign's parts as (end degree, lord), Aries first.
    private static readonly (double End, Graha Lord)[][] Parts =
    [
        [(6, Graha.Jupiter), (12, Graha.Venus), (20, Graha.Mercury), (25, Graha.Mars), (30, Graha.Saturn)],
        [(8, Graha.Venus), (14, Graha.Mercury), (22, Graha.Jupiter), (27, Graha.Saturn), (30, Graha.Mars)],
        [(6, Graha.Mercury), (12, Graha.Venus), (17, Graha.Jupiter), (24, Graha.Mars), (30, Graha.Saturn)],
        [(7, Graha.Mars), (13, Graha.Venus), (19, Graha.Mercury), (26, Graha.Jupiter), (30, Graha.Saturn)],
        [(6, Graha.Jupiter), (11, Graha.Venus), (18, Graha.Saturn), (24, Graha.Mercury), (30, Graha.Mars)],
        [(7, Graha.Mercury), (17, Graha.Venus), (21, Graha.Jupiter), (28, Graha.Mars), (30, Graha.Saturn)],
        [(6, Graha.Saturn), (14, Graha.Mercury), (21, Graha.Jupiter), (28, Graha.Venus), (30, Graha.Mars)],
        [(7, Graha.Mars), (11, Graha.Venus), (19, Graha.Mercury), (24, Graha.Jupiter), (30, Graha.Saturn)],
        [(12, Graha.Jupiter), (17, Graha.Venus), (21, Graha.Mercury), (26, Graha.Mars), (30, Graha.Saturn)],
        [(7, Graha.Mercury), (14, Graha.Jupiter), (22, Graha.Venus), (26, Graha.Saturn), (30, Graha.Mars)],
        [(7, Graha.Mercury), (13, Graha.Venus), (20, Graha.Jupiter), (25, Graha.Mars), (30, Graha.Saturn)],
        [(12, Graha.Venus), (16, Graha.Jupiter), (19, Graha.Mercury), (28, Graha.Mars), (30, Graha.Saturn)],
    ];

    /// <summary>The lord of the hadda a sidereal longitude falls in.</summary>
    public static Graha LordAt(double longitude)
    {
        var sign = Arc.Segment(longitude, 12);
        var degree = Arc.OffsetInSegment(longitude, 12);
        return Parts[sign].First(part => degree < part.End).Lord;
    }
}
