namespace Jyotishika.Engine.Doshas;

/// <summary>A Saturn sign ingress, as the timeline reads it.</summary>
/// <param name="Utc">The instant Saturn is first in <paramref name="Entered"/>.</param>
/// <param name="Entered">The sign entered.</param>
public readonly record struct SaturnIngress(DateTime Utc, int Entered);
