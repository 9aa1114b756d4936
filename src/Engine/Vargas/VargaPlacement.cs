namespace Jyotishika.Engine.Vargas;

/// <summary>Where a sidereal longitude falls in one divisional chart.</summary>
/// <param name="Division">Parts per sign (the n of Dn), 1..300.</param>
/// <param name="Scheme">Whether the named varga's rule or the cyclic parivritti mapping was used.</param>
/// <param name="RasiLongitude">The D1 sidereal longitude the placement was computed from, in [0°, 360°).</param>
/// <param name="Sign">Varga sign 0..11, 0 = Aries.</param>
/// <param name="DegreeInSign">
/// How far the longitude has advanced through its part, mapped onto the 30° of the varga sign, in [0°, 30°). For
/// equal parts this is (d·n) mod 30 with d the degrees in the rasi sign; for the unequal Trimsamsa parts it is the
/// same proportion of the part's own width.
/// </param>
public sealed record VargaPlacement(int Division, VargaScheme Scheme, double RasiLongitude, int Sign, double DegreeInSign)
{
    /// <summary>The named varga, or null for a parivritti chart.</summary>
    public Varga? Varga => Scheme == VargaScheme.Classical ? (Varga)Division : null;

    /// <summary>The varga longitude (sign·30° + degree), the point whose nakshatra some schools read in the varga.</summary>
    public double Longitude => Sign * 30.0 + DegreeInSign;

    public string SignName => Zodiac.SignNames[Sign];

    /// <summary>Nakshatra and pada of <see cref="Longitude"/>; derived, so it follows the same boundary rules as D1.</summary>
    public Nakshatra Nakshatra => Nakshatra.Of(Longitude);
}
