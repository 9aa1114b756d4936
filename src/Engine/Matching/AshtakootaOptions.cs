namespace Jyotishika.Engine.Matching;

/// <summary>
/// The conventions Ashtakoota sources differ on. The defaults reproduce PyJHora's published North table wherever that
/// table follows one consistent rule (see the comparison test), so results agree with JHora-family software.
/// </summary>
/// <param name="Varna">Default <see cref="VarnaSigns.AirVaishya"/>, as PyJHora's table.</param>
/// <param name="Vashya">Default <see cref="VashyaScoring.JHoraTable"/>.</param>
/// <param name="Cancellations">Which dosha exceptions are looked for; default all.</param>
public sealed record AshtakootaOptions(
    VarnaSigns Varna = VarnaSigns.AirVaishya,
    VashyaScoring Vashya = VashyaScoring.JHoraTable,
    DoshaCancellationRules? Cancellations = null)
{
    public static AshtakootaOptions Default { get; } = new();

    public DoshaCancellationRules CancellationRules => Cancellations ?? DoshaCancellationRules.All;
}

/// <summary>Each dosha exception can be switched off, since not every tradition accepts every one.</summary>
/// <param name="NadiSameSignDifferentNakshatra">Nadi dosha cancelled when both Moons share a sign but not a nakshatra.</param>
/// <param name="NadiSameNakshatraDifferentSign">
/// Nadi dosha cancelled when both Moons share a nakshatra that spans two signs and lie in different signs.
/// </param>
/// <param name="NadiSameNakshatraDifferentPada">Nadi dosha cancelled when both Moons share a nakshatra but not a pada.</param>
/// <param name="SameSignLord">Nadi, bhakoot and gana doshas cancelled when both Moon signs have one lord.</param>
/// <param name="FriendlySignLords">Bhakoot and gana doshas cancelled when the Moon-sign lords are mutual natural friends.</param>
/// <param name="GanaByBhakoot">Gana dosha cancelled when bhakoot scores its full 7.</param>
public sealed record DoshaCancellationRules(
    bool NadiSameSignDifferentNakshatra = true,
    bool NadiSameNakshatraDifferentSign = true,
    bool NadiSameNakshatraDifferentPada = true,
    bool SameSignLord = true,
    bool FriendlySignLords = true,
    bool GanaByBhakoot = true)
{
    public static DoshaCancellationRules All { get; } = new();

    public static DoshaCancellationRules None { get; } = new(false, false, false, false, false, false);
}
