namespace Jyotishika.Engine.Places;

/// <summary>A place found near a point: its index in the place table and its squared chord distance on the unit sphere.</summary>
internal readonly record struct Neighbour(int Index, double ChordSquared)
{
    public double DistanceKm => GreatCircle.ChordSquaredToKm(ChordSquared);
}
