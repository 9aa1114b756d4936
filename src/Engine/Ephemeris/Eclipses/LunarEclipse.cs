namespace Jyotishika.Engine.Ephemeris.Eclipses;

/// <summary>
/// A lunar eclipse as swe_lun_eclipse_when finds it, with its geocentric magnitudes from swe_lun_eclipse_how at the
/// maximum. Instants are UTC; phases that do not occur are null.
/// </summary>
public sealed record LunarEclipse
{
    public required LunarEclipseKind Kind { get; init; }

    /// <summary>Greatest eclipse (tret[0]).</summary>
    public required DateTime Maximum { get; init; }

    /// <summary>Julian day (UT1) of <see cref="Maximum"/>, as the library computed it.</summary>
    public required double MaximumJulianDayUt { get; init; }

    /// <summary>The Moon enters the penumbra (tret[6]).</summary>
    public required DateTime PenumbralBegin { get; init; }

    /// <summary>The Moon enters the umbra (tret[2]); null for penumbral eclipses.</summary>
    public DateTime? PartialBegin { get; init; }

    /// <summary>The whole Moon is inside the umbra (tret[4]); null unless total.</summary>
    public DateTime? TotalityBegin { get; init; }

    /// <summary>The Moon begins to leave the umbra (tret[5]).</summary>
    public DateTime? TotalityEnd { get; init; }

    /// <summary>The Moon has left the umbra (tret[3]).</summary>
    public DateTime? PartialEnd { get; init; }

    /// <summary>The Moon leaves the penumbra (tret[7]).</summary>
    public required DateTime PenumbralEnd { get; init; }

    /// <summary>
    /// Fraction of the Moon's diameter inside the umbra at maximum (attr[0]); the library gives 0 for penumbral eclipses.
    /// </summary>
    public required double UmbralMagnitude { get; init; }

    /// <summary>Fraction of the Moon's diameter inside the penumbra at maximum (attr[1]).</summary>
    public required double PenumbralMagnitude { get; init; }

    /// <summary>How the eclipse looks from the requested place; null when no place was given.</summary>
    public LocalLunarEclipse? Local { get; init; }
}
