namespace Jyotishika.Engine;

/// <summary>What a chart is computed for: an instant (UTC), a place (degrees, north and east positive) and settings.</summary>
public sealed record ChartInput(DateTime UtcInstant, double Latitude, double Longitude, ChartSettings Settings)
{
    /// <summary>Which computation may answer; <see cref="CalculationPath.Native"/> demands the library.</summary>
    public CalculationPath Path { get; init; } = CalculationPath.Auto;
}
