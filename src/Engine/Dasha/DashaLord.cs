namespace Jyotishika.Engine.Dasha;

/// <summary>A period's ruler: a graha, or a yogini (named, with its ruling graha).</summary>
public readonly record struct DashaLord(string Name, Graha Graha, double Years);
