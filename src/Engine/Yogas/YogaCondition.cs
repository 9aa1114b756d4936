namespace Jyotishika.Engine.Yogas;

/// <summary>
/// A named condition that a yoga's result reports: a cancellation (Kemadruma-bhanga), a way the yoga was formed
/// (the neecha-bhanga conditions, the sambandha of Dharma-Karmadhipati), or what made a rule not evaluable.
/// </summary>
public enum YogaConditionKind
{
    /// <summary>Kemadruma undone: a counted graha in a kendra (1, 4, 7, 10) from the ascendant (Jataka Parijata ch. 7).</summary>
    GrahaInKendraFromAscendant = 1,

    /// <summary>Kemadruma undone: a counted graha in the 4th, 7th or 10th from the Moon (Jataka Parijata ch. 7).</summary>
    GrahaInKendraFromMoon = 2,

    /// <summary>Kemadruma undone: the Moon itself in a kendra from the ascendant (Jataka Parijata ch. 7).</summary>
    MoonInKendraFromAscendant = 3,

    /// <summary>Kemadruma undone: a counted graha in the Moon's sign (some authors' reading; no source cited; off by default).</summary>
    GrahaWithMoon = 4,

    /// <summary>Neecha-bhanga: the lord of the debilitated graha's sign is in a kendra from the ascendant or the Moon.</summary>
    DebilitationSignLordInKendra = 10,

    /// <summary>Neecha-bhanga: the lord of the debilitated graha's exaltation sign is in a kendra from the ascendant or the Moon.</summary>
    ExaltationSignLordInKendra = 11,

    /// <summary>Neecha-bhanga: the graha exalted in the debilitated graha's sign is in a kendra from the ascendant or the Moon.</summary>
    GrahaExaltedThereInKendra = 12,

    /// <summary>Sambandha: the two grahas stand in one sign.</summary>
    Conjunction = 20,

    /// <summary>Sambandha: each graha aspects the other's sign (graha drishti, special aspects included).</summary>
    MutualAspect = 21,

    /// <summary>Sambandha: each graha stands in a sign the other rules (parivartana).</summary>
    Exchange = 22,

    /// <summary>One graha rules both houses in question.</summary>
    SameLord = 23,

    /// <summary>The rule asks a graha to be strong (shadbala), which a sign chart cannot say.</summary>
    StrengthNotComputed = 30,
}

/// <summary>One named condition, with the grahas it is about.</summary>
public sealed record YogaCondition(YogaConditionKind Kind, IReadOnlyList<Graha> Grahas);
