namespace Jyotishika.Engine.Ephemeris;

/// <summary>A track reaching a division boundary: the sample just after it, the division entered, and the direction.</summary>
internal readonly record struct Crossing(TrackSample Sample, int Entered, bool Backward);
