namespace Jyotishika.Engine.Ephemeris.Eclipses;

/// <summary>
/// An observer for local eclipse circumstances, at sea level (the library's eclipse functions take a height too; the
/// engine's places carry none). Degrees, north and east positive.
/// </summary>
public sealed record EclipsePlace(double Latitude, double Longitude);
