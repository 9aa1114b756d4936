namespace Jyotishika.Engine.Ephemeris;

/// <summary>
/// Events of <paramref name="Kinds"/> for <paramref name="Bodies"/> in [<paramref name="Start"/>, <paramref name="End"/>)
/// (UTC). Empty bodies means the nine grahas, empty kinds means every kind. Only the ayanamsha, node type and position
/// type of <paramref name="Settings"/> matter.
/// </summary>
public sealed record EventsQuery(
    DateTime Start, DateTime End, IReadOnlyList<Graha> Bodies, IReadOnlyList<EventKind> Kinds, ChartSettings Settings)
{
    /// <summary>The longest range one query may search.</summary>
    public const int MaxYears = 200;

    /// <summary>Which computation may answer; <see cref="CalculationPath.Native"/> demands the library.</summary>
    public CalculationPath Path { get; init; } = CalculationPath.Auto;
}
