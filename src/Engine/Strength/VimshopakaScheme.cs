namespace Jyotishika.Engine.Strength;

/// <summary>The four sets of vargas BPHS weighs for vimshopaka bala (ch. 7 "Divisional considerations", v. 17–25).</summary>
public enum VimshopakaScheme
{
    /// <summary>Six vargas: D1, D2, D3, D9, D12, D30.</summary>
    Shadvarga = 1,

    /// <summary>Seven vargas: the shadvarga and D7.</summary>
    Saptavarga = 2,

    /// <summary>Ten vargas: the saptavarga and D10, D16, D60.</summary>
    Dashavarga = 3,

    /// <summary>All sixteen of Parashara's vargas.</summary>
    Shodasavarga = 4,
}
