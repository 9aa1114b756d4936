namespace Jyotishika.Engine.Dasha.Kalachakra;

/// <summary>
/// Which apasavya nakshatras use Rohini's table and which Mrigashira's. Sources agree on the savya side (Krittika,
/// Punarvasu, Ashlesha, Hasta, Swati, Mula, Uttara Ashadha, Purva Bhadrapada and Revati follow Ashwini; Pushya, Chitra,
/// Purva Ashadha and Uttara Bhadrapada follow Bharani) and differ on the third star of each apasavya triad.
/// </summary>
public enum KalachakraNakshatraGroups
{
    /// <summary>
    /// Default. Each apasavya triad mirrors a savya one (Rohini–Mrigashira–Rohini as Ashwini–Bharani–Ashwini), so
    /// Ardra, Uttara Phalguni, Jyeshtha and Shatabhisha follow Rohini (saravali.de "Kalachakra Dasa – Basics"). With
    /// <see cref="KalachakraContinuation.NextPada"/> this reproduces P. V. R. Narasimha Rao's Exercise 34, where the
    /// dashas after Dhanishta pada 4 run Sagittarius, Capricorn, Aquarius … (Shatabhisha pada 1 in Rohini's table).
    /// </summary>
    TriadMirror = 1,

    /// <summary>
    /// Only Rohini, Magha, Vishakha and Shravana follow Rohini; the other eight apasavya stars follow Mrigashira (the
    /// reading of BPHS ch. 46 on vedicastrologylessons.com "Kalachakra dasa – Part 2"; PyJHora's const.py).
    /// </summary>
    TriadStartOnly = 2,
}
