namespace Jyotishika.Engine.Strength;

/// <summary>One graha's shadbala.</summary>
/// <param name="Graha">Sun … Saturn.</param>
/// <param name="Components">Every component in virupas.</param>
/// <param name="TotalVirupas">The six balas added (<see cref="ShadbalaComponents.Total"/>).</param>
/// <param name="Rupas">Total in rupas (virupas / 60).</param>
/// <param name="RequiredRupas">The minimum BPHS asks of this graha (Sun 5, Moon 6, Mars 5, Mercury 7, Jupiter 6.5, Venus 5.5, Saturn 5).</param>
/// <param name="Ratio">Rupas / required rupas; at least 1 means the graha is strong enough.</param>
/// <param name="IshtaPhala">√(uchcha · cheshta): the capacity to do good, 0..60.</param>
/// <param name="KashtaPhala">√((60 − uchcha)(60 − cheshta)): the capacity to do harm, 0..60.</param>
public sealed record GrahaShadbala(
    Graha Graha,
    ShadbalaComponents Components,
    double TotalVirupas,
    double Rupas,
    double RequiredRupas,
    double Ratio,
    double IshtaPhala,
    double KashtaPhala);

/// <summary>Shadbala of the seven grahas with the options used.</summary>
/// <param name="Options">The conventions the numbers follow (echoed for reproducibility).</param>
/// <param name="Grahas">Sun … Saturn, in that order.</param>
/// <param name="Wars">The planetary wars behind the yuddha balas; empty when no two grahas are at war.</param>
public sealed record ShadbalaResult(ShadbalaOptions Options, IReadOnlyList<GrahaShadbala> Grahas, IReadOnlyList<GrahaWar> Wars)
{
    public GrahaShadbala this[Graha graha] => Grahas.First(g => g.Graha == graha);
}
