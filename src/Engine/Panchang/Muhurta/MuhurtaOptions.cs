namespace Jyotishika.Engine.Panchang.Muhurta;

/// <summary>
/// Where the sources disagree, which convention to follow. The defaults reproduce Drik Panchang's printed times where
/// it prints them (durmuhurta, Mula's varjyam, vijaya muhurta).
/// </summary>
public sealed record MuhurtaOptions
{
    public static MuhurtaOptions Default { get; } = new();

    /// <summary>Default <see cref="DurmuhurtaTable.Classical"/>.</summary>
    public DurmuhurtaTable Durmuhurta { get; init; } = DurmuhurtaTable.Classical;

    /// <summary>Default <see cref="MulaVarjyam.Both"/>.</summary>
    public MulaVarjyam MulaVarjyam { get; init; } = MulaVarjyam.Both;

    /// <summary>Default <see cref="VijayaRule.EleventhDayMuhurta"/>.</summary>
    public VijayaRule Vijaya { get; init; } = VijayaRule.EleventhDayMuhurta;

    /// <summary>
    /// Char (Chal) choghadiya: "intermediate" in the Gujarati almanac convention (modhgandhisamaj.wordpress.com
    /// "Choghadia": Amrut, Shubh, Labh favourable, Chal intermediate, Udveg, Rog, Kal unfavourable), "Good" in PyJHora
    /// (const.gauri_choghadiya_types) and bestastroguru.com. Default <see cref="PeriodQuality.Neutral"/>.
    /// </summary>
    public PeriodQuality CharQuality { get; init; } = PeriodQuality.Neutral;
}

/// <summary>Which daytime muhurtas (of 15) are durmuhurta on each weekday.</summary>
public enum DurmuhurtaTable
{
    /// <summary>
    /// Sun 14; Mon 9, 12; Tue 4 and the 7th of the night; Wed 8; Thu 6, 12; Fri 4, 9; Sat 1, 2 — the traditional
    /// weekday table as almanacs print it. Drik Panchang's daily times follow it (e.g. Saturday 2023-01-07 two muhurtas
    /// from sunrise, Tuesday 2023-01-03 08:53–09:35 and the night's 22:44–23:38, Wednesday 2022-01-26 the 8th).
    /// </summary>
    Classical = 1,

    /// <summary>
    /// As <see cref="Classical"/> but Saturday's single durmuhurta is the 3rd muhurta (offset 1.6 h of a 12 h day) —
    /// K. Ramakumar, "Panchangam Calculations", as PyJHora's drik.durmuhurtam takes it.
    /// </summary>
    KaranamRamakumar = 2,
}

/// <summary>Mula's varjyam: the one nakshatra with two in some tables.</summary>
public enum MulaVarjyam
{
    /// <summary>From ghati 20 and from ghati 56 (the Telugu nakshatra-tyajya table; Ramakumar / PyJHora).</summary>
    Both = 1,

    /// <summary>From ghati 56 only (the North Indian vishaghati list).</summary>
    FiftySixOnly = 2,
}

/// <summary>Where vijaya muhurta falls.</summary>
public enum VijayaRule
{
    /// <summary>The 11th of the 15 daytime muhurtas (Drik Panchang's times, e.g. New Delhi 2022-01-24 14:20–15:03).</summary>
    EleventhDayMuhurta = 1,

    /// <summary>One daytime ghati (day/30) either side of midday, as PyJHora's drik.vijaya_muhurtha.</summary>
    AroundMidday = 2,
}
