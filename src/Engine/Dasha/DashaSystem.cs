namespace Jyotishika.Engine.Dasha;

/// <summary>
/// Dasha systems. Nakshatra dashas are counted from the Moon's nakshatra at birth and have grahas as lords; rasi dashas
/// (20 and up) have signs as lords and years read from the chart.
/// </summary>
public enum DashaSystem
{
    /// <summary>120 years, nine lords, lord of the birth nakshatra first.</summary>
    Vimshottari = 1,

    /// <summary>36-year cycles of eight yoginis, repeated.</summary>
    Yogini = 2,

    /// <summary>108 years, eight lords over nakshatra groups counted from Ardra.</summary>
    Ashtottari = 3,

    /// <summary>116 years, eight lords (BPHS ch. 46).</summary>
    Shodasottari = 4,

    /// <summary>112 years, eight lords (BPHS ch. 46).</summary>
    Dwadasottari = 5,

    /// <summary>105 years, seven lords (BPHS ch. 46).</summary>
    Panchottari = 6,

    /// <summary>100 years, seven lords (BPHS ch. 46).</summary>
    Shatabdika = 7,

    /// <summary>84 years, seven lords of 12 years each (BPHS ch. 46).</summary>
    ChaturaseetiSama = 8,

    /// <summary>72 years, eight lords of 9 years each (BPHS ch. 46).</summary>
    DwisaptatiSama = 9,

    /// <summary>60 years, eight lords (BPHS ch. 46).</summary>
    Shashtihayani = 10,

    /// <summary>36 years, eight lords (BPHS ch. 46).</summary>
    ShattrimsaSama = 11,

    /// <summary>Vimshottari with every period a third as long (40-year cycles).</summary>
    Tribhagi = 12,

    /// <summary>Kalachakra dasha: signs from the Moon's nakshatra pada (BPHS ch. 46).</summary>
    Kalachakra = 20,

    /// <summary>Jaimini's Chara dasha (K. N. Rao's or P. V. R. Narasimha Rao's method, an option).</summary>
    Chara = 21,

    /// <summary>Narayana dasha (P. V. R. Narasimha Rao).</summary>
    Narayana = 22,

    /// <summary>Sthira dasha: from Brahma's sign, fixed years by sign nature (Jaimini); the Brahma rule is an option.</summary>
    Sthira = 23,

    /// <summary>Shoola dasha: nine years a sign (Jaimini).</summary>
    Shoola = 24,

    /// <summary>Drig dasha (Jaimini).</summary>
    Drig = 25,

    /// <summary>Moola dasha: graha periods in kendradi order (P. V. R. Narasimha Rao).</summary>
    Moola = 26,
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

    /// <summary>
    /// The sidereal solar year around birth, from the Sun's entry into sidereal Aries before birth to the next (PyJHora's
    /// default, drik.true_sidereal_year); measured per chart by <see cref="SiderealSolarYear"/>, so it has no fixed
    /// <see cref="DashaYearLengths.Days"/>.
    /// </summary>
    TrueSidereal = 6,
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
        DashaYearLength.TrueSidereal => throw new InvalidOperationException("The true sidereal year is measured per chart"),
        _ => throw new ArgumentOutOfRangeException(nameof(length), length, "Unknown year length"),
    };
}
