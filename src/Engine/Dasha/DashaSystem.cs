namespace Jyotishika.Engine.Dasha;

/// <summary>Planetary period systems counted from the Moon's nakshatra at birth.</summary>
public enum DashaSystem
{
    /// <summary>120 years, nine lords, lord of the birth nakshatra first.</summary>
    Vimshottari = 1,

    /// <summary>36-year cycles of eight yoginis, repeated.</summary>
    Yogini = 2,

    /// <summary>108 years, eight lords over nakshatra groups counted from Ardra.</summary>
    Ashtottari = 3,
}

/// <summary>
/// Days in a dasha year. The largest source of disagreement between programs: over 120 years 365.25 against
/// 365.256364 moves a date by 0.76 day.
/// </summary>
public enum DashaYearLength
{
    /// <summary>365.25 days (the older system, KP).</summary>
    Julian = 1,

    /// <summary>365.256364 days, the mean sidereal year (reproduces PyJHora/Jagannatha Hora dates).</summary>
    MeanSidereal = 2,

    /// <summary>365.2425 days.</summary>
    Gregorian = 3,

    /// <summary>365.24219 days.</summary>
    Tropical = 4,

    /// <summary>360 days (savana).</summary>
    Savana = 5,
}

public static class DashaYearLengths
{
    public static double Days(this DashaYearLength length) => length switch
    {
        DashaYearLength.Julian => 365.25,
        DashaYearLength.MeanSidereal => 365.256364,
        DashaYearLength.Gregorian => 365.2425,
        DashaYearLength.Tropical => 365.24219,
        DashaYearLength.Savana => 360.0,
        _ => throw new ArgumentOutOfRangeException(nameof(length), length, "Unknown year length"),
    };
}
