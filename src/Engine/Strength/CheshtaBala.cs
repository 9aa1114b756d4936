namespace Jyotishika.Engine.Strength;

/// <summary>
/// Cheshta (motional) bala of Mars … Saturn, BPHS ch. 27 and Raman ch. 6: the cheshta kendra is the sheeghrochcha minus
/// the mean of the graha's mean and true longitudes, reduced to at most 180°, and the bala is a third of it (60 at
/// the middle of retrogression, 0 at conjunction with the Sun). For Mars, Jupiter and Saturn the mean longitude is the
/// planet's own and the sheeghrochcha is the mean Sun; for Mercury and Venus the mean longitude is the mean Sun and the
/// sheeghrochcha is the planet's own heliocentric mean longitude.
/// </summary>
/// <remarks>
/// The classical texts take mean longitudes from their own epoch tables; here they are the modern mean longitudes
/// (J. Meeus, <i>Astronomical Algorithms</i>, 2nd ed., table 31.A, mean equinox of date, linear terms) and the true
/// longitude is made tropical to match. The difference from Raman's tables is a stated source of residuals.
/// </remarks>
internal static class CheshtaBala
{
    private const double J2000 = 2451545.0;
    private const double DaysPerCentury = 36525.0;

    /// <summary>Cheshta bala in virupas from the true tropical longitude at a Julian day (UT is close enough: ΔT moves a mean planet by arcseconds).</summary>
    internal static double Of(Graha graha, double tropicalLongitude, double julianDay)
    {
        var centuries = (julianDay - J2000) / DaysPerCentury;
        var meanSun = Arc.Normalize(280.466457 + 36000.7698278 * centuries);
        var (mean, sheeghrochcha) = graha switch
        {
            Graha.Mars => (Arc.Normalize(355.433000 + 19141.6964471 * centuries), meanSun),
            Graha.Jupiter => (Arc.Normalize(34.351519 + 3036.3027748 * centuries), meanSun),
            Graha.Saturn => (Arc.Normalize(50.077444 + 1223.5110686 * centuries), meanSun),
            Graha.Mercury => (meanSun, Arc.Normalize(252.250906 + 149474.0722491 * centuries)),
            Graha.Venus => (meanSun, Arc.Normalize(181.979801 + 58519.2130302 * centuries)),
            _ => throw SthanaBala.Seven(graha),
        };

        // The average of two longitudes taken along the shorter arc, so 359° and 1° average to 0°, not 180°.
        var average = Arc.Normalize(mean + Arc.Normalize(tropicalLongitude - mean + 180.0) / 2.0 - 90.0);
        var kendra = Arc.Separation(sheeghrochcha, average);
        return kendra / 3.0;
    }
}
