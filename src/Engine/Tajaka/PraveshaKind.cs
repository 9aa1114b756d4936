namespace Jyotishika.Engine.Tajaka;

/// <summary>Which return begins the year of life.</summary>
public enum PraveshaKind
{
    /// <summary>
    /// The Sun's return to its natal sidereal longitude (P. V. R. Narasimha Rao, "Vedic Astrology: An Integrated
    /// Approach", §27.1, Example 118). The Tajaka default.
    /// </summary>
    SolarReturn = 1,

    /// <summary>
    /// The natal tithi's return: the instant the Moon stands as far ahead of the Sun as at birth while the Sun is in its
    /// natal sign (the lunar birthday PVR mentions in §27.5 and leaves aside; PyJHora's <c>vratha.tithi_pravesha</c>
    /// seeks the birth tithi in the birth's solar month). Muntha, masa praveshas and mudda dasha still follow the
    /// solar year.
    /// </summary>
    TithiPravesha = 2,
}
