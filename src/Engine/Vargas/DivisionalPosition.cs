namespace Jyotishika.Engine.Vargas;

/// <summary>One point of a chart (a graha, or the ascendant when <see cref="Graha"/> is null) in a divisional chart.</summary>
public sealed record DivisionalPosition(Graha? Graha, VargaPlacement Placement)
{
    public const string AscendantName = "Ascendant";

    public bool IsAscendant => Graha is null;

    public string Name => Graha?.ToString() ?? AscendantName;
}
