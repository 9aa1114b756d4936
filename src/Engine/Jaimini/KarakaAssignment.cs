namespace Jyotishika.Engine.Jaimini;

/// <summary>One chara karaka and the graha that holds it.</summary>
/// <param name="Karaka">The role.</param>
/// <param name="Graha">The graha holding it.</param>
/// <param name="Degrees">The arc that was ranked: the degree within the sign, or 30 − the degree for Rahu.</param>
public sealed record KarakaAssignment(CharaKaraka Karaka, Graha Graha, double Degrees);
