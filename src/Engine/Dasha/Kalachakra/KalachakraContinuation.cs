namespace Jyotishika.Engine.Dasha.Kalachakra;

/// <summary>Where the dashas go once the nine signs of a pada have run (sources differ; saravali.de "Cycles").</summary>
public enum KalachakraContinuation
{
    /// <summary>
    /// Default. On to the pada that follows in the zodiac, whatever its table: Rohini 2 → Rohini 3, Punarvasu 4 →
    /// Pushya 1, Dhanishta 4 → Shatabhisha 1 (P. V. R. Narasimha Rao, "Vedic Astrology: An Integrated Approach",
    /// Example 95 and Exercise 34).
    /// </summary>
    NextPada = 1,

    /// <summary>
    /// As <see cref="NextPada"/> inside a triad of nakshatras, but the last pada of a triad returns to the first pada of
    /// the same triad, so the chakra never changes between savya and apasavya (Krittika 4 → Ashwini 1, not Rohini 1;
    /// saravali.de "Cycles of the Chakra", the progressive method).
    /// </summary>
    WithinTriad = 2,
}
