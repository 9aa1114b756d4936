namespace Jyotishika.Engine.Ephemeris;

/// <summary>
/// Positions of <paramref name="Bodies"/> at <paramref name="Start"/> + k × <paramref name="StepSeconds"/> for k = 0, 1, …
/// up to <paramref name="End"/> (inclusive when a step lands on it). Instants are UTC; an empty body list means the nine
/// grahas. Only the ayanamsha, node type and position type of <paramref name="Settings"/> matter.
/// </summary>
public sealed record PositionsQuery(DateTime Start, DateTime End, long StepSeconds, IReadOnlyList<Graha> Bodies, ChartSettings Settings)
{
    /// <summary>At most this many instants per query.</summary>
    public const int MaxInstants = 1_000_000;

    /// <summary>Which computation may answer; <see cref="CalculationPath.Native"/> demands the library.</summary>
    public CalculationPath Path { get; init; } = CalculationPath.Auto;
}
