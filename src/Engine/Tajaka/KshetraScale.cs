namespace Jyotishika.Engine.Tajaka;

/// <summary>
/// The share of a component's full points a graha earns by the lord of the sign (hadda) it occupies, natural friendship
/// (BPHS 3.55) deciding friend, neutral and enemy. Own sign and exaltation sign earn the whole.
/// </summary>
public enum KshetraScale
{
    /// <summary>
    /// Friend ½, neutral or enemy ¼. PVR §28.4.1 names only own (30), friend (15) and enemy (7.5) and Example 120's Mars
    /// bala of 13.7 scores his navamsa in Aquarius (Saturn's, a neutral's) as an enemy's 1.25.
    /// </summary>
    FriendHalfOtherQuarter = 1,

    /// <summary>Friend ½, enemy ¼, neutral nothing (PyJHora's <c>strength._kshetra_bala</c> and its siblings).</summary>
    NeutralNothing = 2,

    /// <summary>Friend ¾, neutral ½, enemy ¼ (Tajaka Neelakanthi's fuller scale, as PyJHora's docstring quotes it).</summary>
    Quarters = 3,
}
