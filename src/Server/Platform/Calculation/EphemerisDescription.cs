namespace Jyotishika.Server.Platform.Calculation;

/// <summary>The ephemeris named in every chart's metadata, e.g. "Swiss Ephemeris 2.10.03 (18-series files)".</summary>
public sealed record EphemerisDescription(string Text);
