namespace Jyotishika.Engine.Tajaka;

/// <summary>The tri-rasi lord of an annual lagna, PVR's Table 73 (§28.6), by day and by night.</summary>
public static class TriRasiLords
{
    private static readonly Graha[] Day =
    [
        Graha.Sun, Graha.Venus, Graha.Saturn, Graha.Venus, Graha.Jupiter, Graha.Moon,
        Graha.Mercury, Graha.Mars, Graha.Saturn, Graha.Mars, Graha.Jupiter, Graha.Moon,
    ];

    private static readonly Graha[] Night =
    [
        Graha.Jupiter, Graha.Moon, Graha.Mercury, Graha.Mars, Graha.Sun, Graha.Venus,
        Graha.Saturn, Graha.Venus, Graha.Saturn, Graha.Mars, Graha.Jupiter, Graha.Moon,
    ];

    public static Graha Of(int lagnaSign, bool daytime) => (daytime ? Day : Night)[lagnaSign];
}
