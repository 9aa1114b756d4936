namespace Jyotishika.Engine.Ephemeris.Eclipses;

/// <summary>The type of a solar eclipse, globally (where it is greatest) or as seen from a place.</summary>
public enum SolarEclipseKind
{
    /// <summary>The Moon covers the whole solar disc somewhere (SE_ECL_TOTAL).</summary>
    Total = 1,

    /// <summary>The Moon's disc lies inside the Sun's, leaving a ring (SE_ECL_ANNULAR).</summary>
    Annular = 2,

    /// <summary>Annular along part of the central line and total along the rest (SE_ECL_ANNULAR_TOTAL); global only.</summary>
    Hybrid = 3,

    /// <summary>The shadow axis misses the Earth, or the place lies outside the central path (SE_ECL_PARTIAL).</summary>
    Partial = 4,
}
