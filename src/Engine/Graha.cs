namespace Jyotishika.Engine;

/// <summary>The bodies a chart can hold, in the traditional Vedic order; the outer planets only on request.</summary>
public enum Graha
{
    Sun = 1,
    Moon = 2,
    Mars = 3,
    Mercury = 4,
    Jupiter = 5,
    Venus = 6,
    Saturn = 7,
    Rahu = 8,
    Ketu = 9,
    Uranus = 10,
    Neptune = 11,
    Pluto = 12,
}
