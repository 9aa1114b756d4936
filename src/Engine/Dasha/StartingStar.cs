namespace Jyotishika.Engine.Dasha;

/// <summary>
/// The nakshatra Vimshottari starts from (P. V. R. Narasimha Rao, "Vedic Astrology: An Integrated Approach", ch. 16.4;
/// BPHS ch. 46): the Moon's own star, or the 4th (Kshema), 5th (Utpanna) or 8th (Adhana) counted from it. The part of the
/// star already elapsed is the Moon's in its own star either way.
/// </summary>
public enum StartingStar
{
    /// <summary>The Moon's nakshatra (the usual reckoning).</summary>
    Moon = 1,

    /// <summary>The 4th nakshatra from the Moon's.</summary>
    Kshema = 4,

    /// <summary>The 5th nakshatra from the Moon's.</summary>
    Utpanna = 5,

    /// <summary>The 8th nakshatra from the Moon's.</summary>
    Adhana = 8,
}

/// <summary>Where the dasha cycle is entered for a starting star.</summary>
public static class StartingStars
{
    /// <summary>The Moon's longitude moved on by whole nakshatras to the starting star, keeping its place within the star.</summary>
    public static double EntryLongitude(this StartingStar star, double moonLongitude) =>
        Arc.Normalize(moonLongitude + ((int)star - 1) * 360.0 / 27);
}
