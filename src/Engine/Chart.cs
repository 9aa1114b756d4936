namespace Jyotishika.Engine;

/// <summary>A computed sidereal chart. Every convention used is in <see cref="Settings"/>.</summary>
public sealed record Chart(
    DateTime UtcInstant,
    double JulianDayUt,
    double Latitude,
    double Longitude,
    ChartSettings Settings,
    double AyanamshaDegrees,
    IReadOnlyList<GrahaPosition> Grahas,
    Placement Ascendant,
    Placement Midheaven,
    IReadOnlyList<HouseCusp> Cusps)
{
    /// <summary>True when the fast path's fitted series answered (within its contract of the native library).</summary>
    public bool FromFastPath { get; init; }
}

/// <summary>One body in the chart. Speed is degrees of longitude per day; negative speed is retrograde motion.</summary>
public sealed record GrahaPosition(
    Graha Graha,
    Placement Placement,
    double Latitude,
    double DistanceAu,
    double Speed,
    int House,
    bool Combust,
    bool Stationary)
{
    public double Longitude => Placement.Longitude;

    public bool Retrograde => Speed < 0;
}

/// <summary>Start of a house (1-based), or of a Gauquelin sector.</summary>
public sealed record HouseCusp(int House, Placement Placement);
