namespace Jyotishika.Engine;

/// <summary>The ninth-harmonic division (D9): each 3°20′ pada maps to a sign, counting from Aries at 0°.</summary>
public static class Navamsa
{
    /// <summary>Navamsa sign 0..11: floor(L / 3°20′) mod 12 (BPHS ch. 6).</summary>
    public static int SignOf(double longitude) => Arc.Segment(longitude, 108) % 12;
}
