namespace Jyotishika.Engine.Ephemeris;

/// <summary>
/// An angle that moves with time — a body's longitude, or the longitude of one body seen from another — and its rate,
/// at one instant. <see cref="Body"/> is the (first) body's own state at that instant, for reporting events.
/// </summary>
internal readonly record struct TrackSample(double Time, double Angle, double Rate, BodyPosition Body)
{
    /// <summary>Moving backward: rate below zero. A rate of exactly zero counts as direct, as a chart's retrograde flag does.</summary>
    public bool Backward => Rate < 0;
}
