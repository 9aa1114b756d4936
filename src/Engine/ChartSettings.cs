namespace Jyotishika.Engine;

/// <summary>Mean or true (osculating) lunar node for Rahu and Ketu.</summary>
public enum NodeType
{
    Mean = 1,
    True = 2,
}

/// <summary>
/// Apparent positions (light time, aberration, deflection, nutation: what an observer sees) or geometric ones (none of
/// those, as Jagannatha Hora and PyJHora use). They differ by ~20″ for the Sun and up to ~60″ for planets.
/// </summary>
public enum PositionType
{
    Apparent = 1,
    Geometric = 2,
}

/// <summary>A user-defined ayanamsha: its value at a reference epoch, carried forward by the library's precession.</summary>
/// <param name="ReferenceJulianDay">Reference epoch, Julian day in TT.</param>
/// <param name="DegreesAtReference">Ayanamsha at the reference epoch, degrees.</param>
public sealed record UserAyanamsha(double ReferenceJulianDay, double DegreesAtReference);

/// <summary>Every convention a chart depends on. Defaults follow the older system: Lahiri, whole sign, mean node, apparent.</summary>
public sealed record ChartSettings
{
    public static ChartSettings Default { get; } = new();

    public HouseSystem HouseSystem { get; init; } = HouseSystem.WholeSign;

    public Ayanamsha Ayanamsha { get; init; } = Ayanamsha.Lahiri;

    /// <summary>Required when <see cref="Ayanamsha"/> is <see cref="Ayanamsha.UserDefined"/>, ignored otherwise.</summary>
    public UserAyanamsha? UserAyanamsha { get; init; }

    public NodeType NodeType { get; init; } = NodeType.Mean;

    public PositionType PositionType { get; init; } = PositionType.Apparent;

    /// <summary>Adds Uranus, Neptune and Pluto to the nine grahas.</summary>
    public bool IncludeOuterPlanets { get; init; }

    /// <summary>How the UTC instant becomes the ephemeris' UT; default <see cref="TimeScale.Ut1"/>.</summary>
    public TimeScale TimeScale { get; init; } = TimeScale.Ut1;

    /// <summary>True when the civil UTC is read as UT (<see cref="TimeScale.UtcAsUt"/>).</summary>
    /// <summary>
    /// The program whose conventions filled the settings the request left unset (echoed; the filled values are in the
    /// other properties, so this changes no calculation).
    /// </summary>
    public ConventionPreset? Preset { get; init; }

    internal bool ReadsUtcAsUniversal => TimeScale == TimeScale.UtcAsUt;
}
