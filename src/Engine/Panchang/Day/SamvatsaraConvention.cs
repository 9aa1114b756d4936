namespace Jyotishika.Engine.Panchang.Day;

/// <summary>How the 60-year cycle (Prabhava … Akshaya) is counted and when its year turns.</summary>
public enum SamvatsaraConvention
{
    /// <summary>
    /// The South Indian luni-solar count (Karnataka, Andhra, Maharashtra): one name per Shaka year, never skipping, the year
    /// turning at Chaitra Shukla Pratipada (Ugadi / Gudi Padwa), so 1987-88 is Prabhava and 2024-25 Krodhi. The names PyJHora
    /// gives (drik.lunar_year_index). The default.
    /// </summary>
    SouthIndianLunar = 1,

    /// <summary>The same unbroken count with the year turning at Mesha sankranti (the Tamil and Kerala solar year; PyJHora drik.samvatsara).</summary>
    SouthIndianSolar = 2,

    /// <summary>
    /// The Barhaspatya count of North India: the Jupiter year of the Surya Siddhanta's mean motion current as the Chaitra year
    /// (Vikram samvat) begins. Jupiter's year is shorter than the solar one, so a name is skipped every ~86 years and the
    /// two counts drift apart (Vikram 2081 = 2024-25 is Kalayukti here, Krodhi in the South).
    /// </summary>
    NorthIndianJovian = 3,
}
