namespace Jyotishika.Engine.Places;

/// <summary>A point on the unit sphere.</summary>
internal readonly record struct UnitVector(double X, double Y, double Z);
