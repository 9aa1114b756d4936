using Jyotishika.Engine.Ephemeris.Eclipses;

namespace Jyotishika.Engine.Ephemeris;

/// <summary>
/// Events of <paramref name="Kinds"/> for <paramref name="Bodies"/> in [<paramref name="Start"/>, <paramref name="End"/>)
/// (UTC). Empty bodies means the nine grahas, empty kinds means every kind. Only the ayanamsha, node type and position
/// type of <paramref name="Settings"/> matter (eclipses, being found by the library's eclipse functions, report the
/// sidereal longitude in that frame). Eclipses are searched when the Sun or the Moon is among the bodies.
/// </summary>
public sealed record EventsQuery(
    DateTime Start, DateTime End, IReadOnlyList<Graha> Bodies, IReadOnlyList<EventKind> Kinds, ChartSettings Settings)
{
    /// <summary>The longest range one query may search.</summary>
    public const int MaxYears = 200;

    /// <summary>Which computation may answer; <see cref="CalculationPath.Native"/> demands the library.</summary>
    public CalculationPath Path { get; init; } = CalculationPath.Auto;

    /// <summary>Where eclipses are seen from: each eclipse event then carries its local circumstances. Other kinds ignore it.</summary>
    public EclipsePlace? Place { get; init; }
}
