namespace Jyotishika.Engine.Yogas;

/// <summary>Where a yoga's kendras (or other houses) are counted from, where the sources differ.</summary>
public enum HouseReference
{
    Ascendant = 1,
    Moon = 2,

    /// <summary>Either counts: the yoga forms if the houses hold from the ascendant or from the Moon.</summary>
    AscendantOrMoon = 3,
}

/// <summary>How many of the natural benefics Adhi yoga asks for in the 6th, 7th and 8th from the Moon.</summary>
public enum AdhiReading
{
    /// <summary>Mercury, Jupiter and Venus all stand in those houses, in any distribution.</summary>
    AllThreeBenefics = 1,

    /// <summary>At least one of them does.</summary>
    AnyBenefic = 2,
}

/// <summary>The Kemadruma cancellations to apply; those applied and found are reported by name.</summary>
[Flags]
public enum KemadrumaCancellations
{
    None = 0,
    GrahaInKendraFromAscendant = 1,
    GrahaInKendraFromMoon = 2,
    MoonInKendraFromAscendant = 4,
    GrahaWithMoon = 8,
}

/// <summary>
/// The choices where the classical sources differ. Every result is reported with the options used (see
/// <see cref="YogaReport.Options"/>), so a reader can tell which reading produced it.
/// </summary>
public sealed record YogaOptions
{
    public static YogaOptions Default { get; } = new();

    /// <summary>
    /// Kendras for the Pancha Mahapurusha yogas. Default <see cref="HouseReference.Ascendant"/>, as Phaladeepika ch. 6
    /// states them; some authors also count from the Moon.
    /// </summary>
    public HouseReference MahapurushaKendrasFrom { get; init; } = HouseReference.Ascendant;

    /// <summary>
    /// Kendras for Gajakesari. Default <see cref="HouseReference.Moon"/> (Jupiter in a kendra from the Moon, Phaladeepika
    /// ch. 6); BPHS also counts from the ascendant.
    /// </summary>
    public HouseReference GajakesariKendrasFrom { get; init; } = HouseReference.Moon;

    /// <summary>
    /// Whether the Sun counts as a neighbour of the Moon for Sunapha, Anapha, Durudhara and Kemadruma. Default false:
    /// Brihat Jataka ch. 13 leaves the Sun out.
    /// </summary>
    public bool LunarYogasCountSun { get; init; }

    /// <summary>
    /// Whether Rahu and Ketu count as neighbours of the Moon for those yogas. Default false: the classical statements
    /// name the five grahas Mars … Saturn.
    /// </summary>
    public bool LunarYogasCountNodes { get; init; }

    /// <summary>
    /// Which Kemadruma cancellations undo it. Default: the three kendra cancellations (Jataka Parijata ch. 7), not a graha
    /// with the Moon.
    /// </summary>
    public KemadrumaCancellations KemadrumaCancellations { get; init; } =
        KemadrumaCancellations.GrahaInKendraFromAscendant | KemadrumaCancellations.GrahaInKendraFromMoon
        | KemadrumaCancellations.MoonInKendraFromAscendant;

    /// <summary>Default <see cref="AdhiReading.AllThreeBenefics"/>.</summary>
    public AdhiReading AdhiReading { get; init; } = AdhiReading.AllThreeBenefics;

    /// <summary>Upachayas (3, 6, 10, 11) for Vasumati. Default <see cref="HouseReference.AscendantOrMoon"/>.</summary>
    public HouseReference VasumatiFrom { get; init; } = HouseReference.AscendantOrMoon;

    /// <summary>The 10th house for Amala. Default <see cref="HouseReference.AscendantOrMoon"/>.</summary>
    public HouseReference AmalaFrom { get; init; } = HouseReference.AscendantOrMoon;

    /// <summary>
    /// Whether a natural malefic sharing that 10th spoils Amala. Default true: the yoga is commonly read as the 10th held by
    /// benefics only; false asks only for a benefic there.
    /// </summary>
    public bool AmalaOnlyBenefics { get; init; } = true;

    /// <summary>
    /// Whether the Moon is a benefic in the Nabhasa yogas that sort grahas into benefics and malefics (Mala, Sarpa, Vajra,
    /// Yava). Default true. Strictly the Moon is a benefic only when waxing, which needs degrees; this option avoids that.
    /// </summary>
    public bool NabhasaMoonIsBenefic { get; init; } = true;

    /// <summary>
    /// Whether the Nabhasa yogas that place the seven grahas in a set of houses (Gada, Sakata, Yupa, Nauka, Chakra …) also
    /// ask every house of the set to hold a graha. Default true (the seven "occupy" the houses); false only asks that no
    /// graha stand outside them.
    /// </summary>
    public bool NabhasaEveryHouseOccupied { get; init; } = true;
}
