namespace Jyotishika.Engine.Strength;

/// <summary>A graha's vimshopaka bala in one scheme.</summary>
/// <param name="Graha">Sun … Saturn.</param>
/// <param name="Scheme">Which set of vargas was weighed.</param>
/// <param name="Points">The sum of the vargas' contributions, 0–20 (in practice 5–20: a great enemy's sign still gives 5).</param>
/// <param name="Vargas">Each varga of the scheme in BPHS's order.</param>
public sealed record VimshopakaScore(Graha Graha, VimshopakaScheme Scheme, double Points, IReadOnlyList<VimshopakaVarga> Vargas);
