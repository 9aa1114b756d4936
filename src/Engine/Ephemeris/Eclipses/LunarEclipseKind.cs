namespace Jyotishika.Engine.Ephemeris.Eclipses;

/// <summary>The type of a lunar eclipse, by how deep the Moon enters the Earth's shadow.</summary>
public enum LunarEclipseKind
{
    /// <summary>The whole Moon inside the umbra (SE_ECL_TOTAL).</summary>
    Total = 1,

    /// <summary>Part of the Moon inside the umbra (SE_ECL_PARTIAL).</summary>
    Partial = 2,

    /// <summary>The Moon in the penumbra only (SE_ECL_PENUMBRAL).</summary>
    Penumbral = 3,
}
