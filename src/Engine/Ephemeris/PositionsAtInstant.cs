namespace Jyotishika.Engine.Ephemeris;

/// <summary>The states of the query's bodies at one instant: <see cref="States"/>[i] belongs to <see cref="Bodies"/>[i].</summary>
public sealed record PositionsAtInstant(DateTime Utc, double JulianDayUt, IReadOnlyList<Graha> Bodies, IReadOnlyList<BodyPosition> States);
