namespace Jyotishika.Engine.Dasha;

/// <summary>
/// How a nakshatra dasha's period divides among its sub-periods (always all the lords, from the period's own lord on).
/// </summary>
public enum SubPeriodShares
{
    /// <summary>
    /// Each lord takes parent × its years / the cycle's years: Parashara's rule for every nakshatra dasha (BPHS ch. 46,
    /// the antardasha rule stated for Vimshottari and applied to the others). The default.
    /// </summary>
    Proportional = 1,

    /// <summary>
    /// Every lord takes an equal share of the parent: PyJHora's rule for the conditional dashas of BPHS ch. 46
    /// (Shodasottari … Shattrimsa-sama, <c>jhora/horoscope/dhasa/graha/*.py</c>, "child = parent / n"). Identical to
    /// <see cref="Proportional"/> when all lords have equal years (Chaturaseeti-sama, Dwisaptati-sama).
    /// </summary>
    Equal = 2,
}

/// <summary>
/// The part of the first period already elapsed at birth, for dashas whose lords rule groups of several nakshatras
/// (Ashtottari, Shashtihayani).
/// </summary>
public enum StarGroupBalance
{
    /// <summary>
    /// The Moon's progress through the lord's whole group of stars (the Ashtottari rule of BPHS ch. 46, reproduced by
    /// PyJHora's Ashtottari). The default, for Shashtihayani too.
    /// </summary>
    WholeGroup = 1,

    /// <summary>
    /// The Moon's progress through its own star alone, times the lord's full years, as if every star began the lord's
    /// period afresh: PyJHora's Shashtihayani (<c>shastihayani.py</c>, "rem / one_star × period").
    /// </summary>
    BirthStar = 2,
}

/// <summary>Conventions of a nakshatra dasha where programs differ.</summary>
public sealed record NakshatraDashaOptions(
    SubPeriodShares Shares = SubPeriodShares.Proportional,
    StarGroupBalance GroupBalance = StarGroupBalance.WholeGroup)
{
    public static NakshatraDashaOptions Default { get; } = new();

    /// <summary>
    /// PyJHora's conventions for the conditional dashas of BPHS ch. 46 (equal shares, birth-star balance); not for its
    /// Vimshottari, Yogini or Ashtottari, which divide proportionally and (Ashtottari) balance over the whole group.
    /// </summary>
    public static NakshatraDashaOptions PyJHoraConditional { get; } = new(SubPeriodShares.Equal, StarGroupBalance.BirthStar);
}
