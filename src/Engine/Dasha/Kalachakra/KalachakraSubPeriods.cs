namespace Jyotishika.Engine.Dasha.Kalachakra;

/// <summary>
/// Which nine signs divide a period. Both conventions start from the period's own sign and share the period in
/// proportion to the signs' years; they differ in where the list goes after that.
/// </summary>
public enum KalachakraSubPeriods
{
    /// <summary>
    /// Default. The nine dashas that follow the period in the chakra, running on into the next pada as the mahadashas
    /// do; each takes parent × years / (sum of the nine). P. V. R. Narasimha Rao, "Vedic Astrology: An Integrated
    /// Approach", Example 97 (as PyJHora's pvr_tests.py records it): in the Leo dasha of a Moon at 15°50′ Taurus the
    /// antardashas are Leo, Cancer, Gemini, Taurus, Aries, Sagittarius, Capricorn, Aquarius, Pisces, each over 86.
    /// </summary>
    ChakraSequence = 1,

    /// <summary>
    /// The nine signs of the period's own pada, rotated to start at its sign and wrapping inside the pada; each takes
    /// parent × years / paramayus of the pada (saravali.de "Kalachakra Antardasas"; PyJHora's PVR_BOOK method).
    /// </summary>
    PadaRotation = 2,
}
