namespace Jyotishika.Engine.Ephemeris.Eclipses;

/// <summary>
/// A solar eclipse anywhere on Earth, as swe_sol_eclipse_when_glob finds it and swe_sol_eclipse_where describes it at
/// its maximum. Instants are UTC; contacts that do not occur are null.
/// </summary>
public sealed record SolarEclipse
{
    public required SolarEclipseKind Kind { get; init; }

    /// <summary>The shadow axis touches the Earth (SE_ECL_CENTRAL); false for non-central total/annular and for partial eclipses.</summary>
    public required bool Central { get; init; }

    /// <summary>Greatest eclipse: the shadow axis closest to the Earth's centre (tret[0]).</summary>
    public required DateTime Maximum { get; init; }

    /// <summary>Julian day (UT1) of <see cref="Maximum"/>, as the library computed it.</summary>
    public required double MaximumJulianDayUt { get; init; }

    /// <summary>
    /// The penumbra first touches the Earth: partial phase begins somewhere (tret[2]). Null only where the library fails
    /// to find it, for eclipses that barely graze the Earth (1935-01-05, magnitude 0.001).
    /// </summary>
    public DateTime? Begin { get; init; }

    /// <summary>The penumbra leaves the Earth (tret[3]); null as <see cref="Begin"/>.</summary>
    public DateTime? End { get; init; }

    /// <summary>The umbra or antumbra first touches the Earth (tret[4]); null for partial eclipses.</summary>
    public DateTime? TotalityBegin { get; init; }

    /// <summary>The umbra or antumbra leaves the Earth (tret[5]).</summary>
    public DateTime? TotalityEnd { get; init; }

    /// <summary>The central line begins on the Earth (tret[6]); null unless central.</summary>
    public DateTime? CentralLineBegin { get; init; }

    /// <summary>The central line ends (tret[7]).</summary>
    public DateTime? CentralLineEnd { get; init; }

    /// <summary>
    /// Magnitude at the place of greatest eclipse as NASA defines it (attr[8]): the fraction of the Sun's diameter covered
    /// for partial eclipses, the ratio of the lunar to the solar diameter for total and annular ones.
    /// </summary>
    public required double Magnitude { get; init; }

    /// <summary>Fraction of the Sun's diameter covered at the place of greatest eclipse (attr[0]; IMCCE's magnitude).</summary>
    public required double DiameterFraction { get; init; }

    /// <summary>Fraction of the Sun's disc area covered at the place of greatest eclipse (attr[2]).</summary>
    public required double Obscuration { get; init; }

    /// <summary>How the eclipse looks from the requested place; null when no place was given.</summary>
    public LocalSolarEclipse? Local { get; init; }
}
