namespace Jyotishika.Engine.Aspects;

/// <summary>
/// How Rahu and Ketu cast graha drishti. The classical sources disagree, so the choice is the caller's:
/// BPHS ch. 26 ("Evaluation of aspects") lists the full aspects of the seven grahas only, and the yogas and doshas of this
/// engine read aspects that way (<see cref="Analysis.SignAspects"/>); later authors and much modern practice give the
/// nodes the 7th only, or Jupiter's 5th, 7th and 9th. No classical rule this engine applies depends on the choice.
/// </summary>
public enum NodeAspects
{
    /// <summary>The nodes cast no aspect: BPHS ch. 26 as most editions read, and the engine's default.</summary>
    None = 1,

    /// <summary>The nodes aspect only the 7th sign from their own.</summary>
    Seventh = 2,

    /// <summary>The nodes aspect the 5th, 7th and 9th signs, counted forward through the zodiac like Jupiter's.</summary>
    LikeJupiter = 3,
}
