namespace Jyotishika.Engine.Dasha.Kalachakra;

/// <summary>
/// The four Kalachakra tables, named after the first nakshatra that uses each (BPHS ch. 46, Kalachakra dasha). Ashwini's
/// and Bharani's run in the savya (zodiacal) chakra, Rohini's and Mrigashira's in the apasavya (mirrored) chakra.
/// </summary>
public enum KalachakraGroup
{
    Ashwini = 1,
    Bharani = 2,
    Rohini = 3,
    Mrigashira = 4,
}

public static class KalachakraGroups
{
    /// <summary>Savya tables run forward through the zodiac; apasavya tables are their mirror.</summary>
    public static bool IsSavya(this KalachakraGroup group) => group is KalachakraGroup.Ashwini or KalachakraGroup.Bharani;
}
