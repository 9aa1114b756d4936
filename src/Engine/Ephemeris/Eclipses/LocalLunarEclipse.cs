namespace Jyotishika.Engine.Ephemeris.Eclipses;

/// <summary>
/// A lunar eclipse seen from one place. It is visible when the Moon is up during some phase (swe_lun_eclipse_when_loc);
/// a phase's instant is given only where the library reports the Moon up then. When the Moon rises or sets during the
/// eclipse the library takes the visible maximum at moonrise or moonset.
/// </summary>
public sealed record LocalLunarEclipse
{
    public required bool Visible { get; init; }

    /// <summary>The greatest eclipse seen from here: the global one, or moonrise/moonset when that is not visible.</summary>
    public required DateTime Maximum { get; init; }

    /// <summary>The Moon is above the horizon at the global maximum (SE_ECL_MAX_VISIBLE).</summary>
    public required bool MaximumVisible { get; init; }

    public DateTime? PenumbralBegin { get; init; }

    public DateTime? PartialBegin { get; init; }

    public DateTime? TotalityBegin { get; init; }

    public DateTime? TotalityEnd { get; init; }

    public DateTime? PartialEnd { get; init; }

    public DateTime? PenumbralEnd { get; init; }

    /// <summary>Moonrise during the eclipse (tret[8]).</summary>
    public DateTime? Moonrise { get; init; }

    /// <summary>Moonset during the eclipse (tret[9]).</summary>
    public DateTime? Moonset { get; init; }

    /// <summary>Umbral magnitude at <see cref="Maximum"/> (attr[0]).</summary>
    public required double UmbralMagnitude { get; init; }

    /// <summary>Penumbral magnitude at <see cref="Maximum"/> (attr[1]).</summary>
    public required double PenumbralMagnitude { get; init; }

    /// <summary>True (geometric) altitude of the Moon's centre at <see cref="Maximum"/>, degrees (attr[5]).</summary>
    public required double MoonAltitude { get; init; }

    /// <summary>Apparent altitude, with the library's standard refraction (attr[6]).</summary>
    public required double MoonApparentAltitude { get; init; }
}
