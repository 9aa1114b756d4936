using Jyotishika.Engine.Vargas;

namespace Jyotishika.Engine.Strength;

/// <summary>
/// The full strength of each varga in each vimshopaka scheme, BPHS ch. 7 "Divisional considerations" v. 17–25
/// (Santhanam's numbering; G. C. Sharma's translation gives the same verses and figures). Each scheme's weights add up to 20.
/// </summary>
/// <remarks>
/// The saptavarga verse lists "5, 2, 3, 2½, 4½, 2 and 1" after adding the saptamsa to the shadvarga. We read them in
/// the usual order of the vargas (D1, D2, D3, D7, D9, D12, D30), as the brief and Jagannatha Hora do: it keeps the
/// navamsa second only to the rasi and the trimsamsa last, as in every other scheme. PyJHora (<c>const.py</c>,
/// <c>sapthavarga_amsa_vimsopaka</c>) reads the saptamsa as appended last instead (D7 1, D9 2.5, D12 4.5, D30 2).
/// </remarks>
public static class VimshopakaWeights
{
    private static readonly IReadOnlyList<(Varga Varga, double Weight)> Shadvarga =
    [
        (Varga.Rasi, 6), (Varga.Hora, 2), (Varga.Drekkana, 4), (Varga.Navamsa, 5), (Varga.Dwadasamsa, 2), (Varga.Trimsamsa, 1),
    ];

    private static readonly IReadOnlyList<(Varga Varga, double Weight)> Saptavarga =
    [
        (Varga.Rasi, 5), (Varga.Hora, 2), (Varga.Drekkana, 3), (Varga.Saptamsa, 2.5), (Varga.Navamsa, 4.5),
        (Varga.Dwadasamsa, 2), (Varga.Trimsamsa, 1),
    ];

    // v. 20: the rasi 3, the shashtiamsa 5, the other eight 1½ each.
    private static readonly IReadOnlyList<(Varga Varga, double Weight)> Dashavarga =
    [
        (Varga.Rasi, 3), (Varga.Hora, 1.5), (Varga.Drekkana, 1.5), (Varga.Saptamsa, 1.5), (Varga.Navamsa, 1.5),
        (Varga.Dasamsa, 1.5), (Varga.Dwadasamsa, 1.5), (Varga.Shodasamsa, 1.5), (Varga.Trimsamsa, 1.5), (Varga.Shashtiamsa, 5),
    ];

    // v. 21–25: hora, trimsamsa, drekkana 1; shodasamsa 2; navamsa 3; rasi 3½; shashtiamsa 4; the other nine ½ each.
    private static readonly IReadOnlyList<(Varga Varga, double Weight)> Shodasavarga =
    [
        (Varga.Rasi, 3.5), (Varga.Hora, 1), (Varga.Drekkana, 1), (Varga.Chaturthamsa, 0.5), (Varga.Saptamsa, 0.5),
        (Varga.Navamsa, 3), (Varga.Dasamsa, 0.5), (Varga.Dwadasamsa, 0.5), (Varga.Shodasamsa, 2), (Varga.Vimsamsa, 0.5),
        (Varga.Chaturvimsamsa, 0.5), (Varga.Saptavimsamsa, 0.5), (Varga.Trimsamsa, 1), (Varga.Khavedamsa, 0.5),
        (Varga.Akshavedamsa, 0.5), (Varga.Shashtiamsa, 4),
    ];

    /// <summary>The scheme's vargas, in BPHS's order, with their full strengths.</summary>
    public static IReadOnlyList<(Varga Varga, double Weight)> Of(VimshopakaScheme scheme) => scheme switch
    {
        VimshopakaScheme.Shadvarga => Shadvarga,
        VimshopakaScheme.Saptavarga => Saptavarga,
        VimshopakaScheme.Dashavarga => Dashavarga,
        VimshopakaScheme.Shodasavarga => Shodasavarga,
        _ => throw new ArgumentOutOfRangeException(nameof(scheme), scheme, "not a vimshopaka scheme"),
    };
}
