namespace Jyotishika.Engine.Ephemeris;

/// <summary>An end of a stretch over which a track moves one way; <see cref="IsStation"/> where its rate changes sign.</summary>
internal readonly record struct Breakpoint(TrackSample Sample, bool IsStation);
