namespace Jyotishika.Engine.Ephemeris.Eclipses;

/// <summary>
/// A solar eclipse seen from one place. When it is visible (the Sun up during some phase, per swe_sol_eclipse_when_loc)
/// the contacts are the local ones, each null where it does not occur or happens with the Sun below the horizon; when it
/// is not, only the Sun's altitude at the global maximum is given.
/// </summary>
public sealed record LocalSolarEclipse
{
    public required bool Visible { get; init; }

    /// <summary>The type seen from here (total or annular inside the central path, partial outside); null when not visible.</summary>
    public SolarEclipseKind? Kind { get; init; }

    /// <summary>Local maximum (tret[0]); the global maximum when not visible.</summary>
    public required DateTime Maximum { get; init; }

    /// <summary>The Sun is above the horizon at the local maximum (SE_ECL_MAX_VISIBLE).</summary>
    public required bool MaximumVisible { get; init; }

    /// <summary>First contact: partial phase begins (tret[1]), null when not visible.</summary>
    public DateTime? FirstContact { get; init; }

    /// <summary>Second contact: totality or annularity begins (tret[2]).</summary>
    public DateTime? SecondContact { get; init; }

    /// <summary>Third contact: totality or annularity ends (tret[3]).</summary>
    public DateTime? ThirdContact { get; init; }

    /// <summary>Fourth contact: partial phase ends (tret[4]).</summary>
    public DateTime? FourthContact { get; init; }

    /// <summary>Sunrise between the first and fourth contacts (tret[5]).</summary>
    public DateTime? Sunrise { get; init; }

    /// <summary>Sunset between the first and fourth contacts (tret[6]).</summary>
    public DateTime? Sunset { get; init; }

    /// <summary>NASA's magnitude at the local maximum (attr[8]); 0 when not visible.</summary>
    public required double Magnitude { get; init; }

    /// <summary>Fraction of the Sun's diameter covered at the local maximum (attr[0]).</summary>
    public required double DiameterFraction { get; init; }

    /// <summary>Fraction of the Sun's disc area covered at the local maximum (attr[2]).</summary>
    public required double Obscuration { get; init; }

    /// <summary>True (geometric) altitude of the Sun's centre at <see cref="Maximum"/>, degrees (attr[5]).</summary>
    public required double SunAltitude { get; init; }

    /// <summary>Apparent altitude, with the library's standard refraction (attr[6]).</summary>
    public required double SunApparentAltitude { get; init; }
}
