namespace Jyotishika.Engine.Panchang;

/// <summary>Which moment counts as the rising or setting of the Sun and the Moon.</summary>
public enum RiseConvention
{
    /// <summary>
    /// The upper limb touches the horizon, with refraction for the standard atmosphere at sea level (1013.25 hPa, 15 °C): the
    /// astronomical definition that almanacs, newspapers and most printed and online panchangs (e.g. Drik Panchang) use.
    /// The default, so that published sunrise times can be checked against it.
    /// </summary>
    UpperLimbRefracted = 1,

    /// <summary>
    /// The centre of the disc on the geometric horizon without refraction, ignoring ecliptic latitude
    /// (the Swiss Ephemeris <c>SE_BIT_HINDU_RISING</c>): the siddhantic definition some traditional calendars keep.
    /// Sunrise comes about 2–3 minutes later at mid latitudes.
    /// </summary>
    HinduDiscCentre = 2,
}
