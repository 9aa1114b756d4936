using Jyotishika.Engine.Vargas;

namespace Jyotishika.Engine.Strength;

/// <summary>One varga's share of a graha's vimshopaka bala.</summary>
/// <param name="Varga">The divisional chart.</param>
/// <param name="Sign">The graha's sign in it, 0 = Aries.</param>
/// <param name="Dignity">Own sign, or the compound relation to that sign's lord.</param>
/// <param name="Points">The varga vishwa for <paramref name="Dignity"/>, out of 20.</param>
/// <param name="Weight">The varga's full strength in the scheme; the scheme's weights add up to 20.</param>
public sealed record VimshopakaVarga(Varga Varga, int Sign, VimshopakaDignity Dignity, double Points, double Weight)
{
    /// <summary>Weight × points / 20 (BPHS ch. 7 v. 26–27).</summary>
    public double Contribution => Weight * Points / VimshopakaBala.Full;
}
