namespace Jyotishika.Engine.Strength;

/// <summary>What the Sun's and the Moon's cheshta (motional) bala is; the texts and the worked examples disagree.</summary>
public enum LuminaryCheshta
{
    /// <summary>
    /// Zero, as the totals of both reference examples (B. V. Raman, <i>Graha and Bhava Balas</i>; V. P. Jain) add up:
    /// the luminaries' ayana and paksha balas are already counted once, in kaala bala.
    /// </summary>
    Zero = 1,

    /// <summary>BPHS: the Sun's cheshta bala is its ayana bala and the Moon's is its paksha bala (counted a second time).</summary>
    AyanaAndPaksha = 2,
}

/// <summary>The points a graha earns in each of the seven vargas by its relation to the varga sign's lord.</summary>
public enum SaptavargajaPoints
{
    /// <summary>B. V. Raman: moolatrikona 45, own 30, great friend 22.5, friend 15, neutral 7.5, enemy 3.75, great enemy 1.875.</summary>
    Raman = 1,

    /// <summary>BPHS: moolatrikona 45, own 30, great friend 20, friend 15, neutral 10, enemy 4, great enemy 2.</summary>
    Bphs = 2,
}

/// <summary>Which obliquity turns a sayana longitude into the kranti (declination) that ayana bala reads.</summary>
public enum AyanaObliquity
{
    /// <summary>24°, the siddhantic value behind the kranti tables of BPHS and Raman; the reference examples fit it best.</summary>
    Classical24 = 1,

    /// <summary>The true obliquity of date from the Swiss Ephemeris (about 23.44° today).</summary>
    TrueOfDate = 2,
}

/// <summary>Where a graha counts as in its moolatrikona for saptavargaja bala (rasi chart only).</summary>
public enum MoolatrikonaSpan
{
    /// <summary>Only within the BPHS ch. 3 span of degrees (e.g. the Sun in Leo 0–20°); beyond it the sign is an own sign.</summary>
    Degrees = 1,

    /// <summary>Anywhere in the moolatrikona sign, as V. P. Jain's worked example counts it (Sun in Leo 26°, Mercury in Virgo 20°).</summary>
    WholeSign = 2,
}

/// <summary>How the houses of kendradi bala are counted.</summary>
public enum KendradiHouses
{
    /// <summary>By sign from the ascendant's sign (whole-sign houses), whatever house system the chart used.</summary>
    SignFromLagna = 1,

    /// <summary>The house the chart itself assigned (its <see cref="ChartSettings.HouseSystem"/>); Raman counts bhavas this way.</summary>
    ChartHouses = 2,
}

/// <summary>The conventions shadbala depends on where sources disagree; each result echoes the options it used.</summary>
public sealed record ShadbalaOptions
{
    public static ShadbalaOptions Default { get; } = new();

    /// <summary>Default <see cref="LuminaryCheshta.Zero"/>.</summary>
    public LuminaryCheshta LuminaryCheshta { get; init; } = LuminaryCheshta.Zero;

    /// <summary>Default <see cref="SaptavargajaPoints.Raman"/>, the points both reference examples use.</summary>
    public SaptavargajaPoints SaptavargajaPoints { get; init; } = SaptavargajaPoints.Raman;

    /// <summary>Default <see cref="AyanaObliquity.Classical24"/>.</summary>
    public AyanaObliquity AyanaObliquity { get; init; } = AyanaObliquity.Classical24;

    /// <summary>Default <see cref="MoolatrikonaSpan.Degrees"/> (BPHS).</summary>
    public MoolatrikonaSpan MoolatrikonaSpan { get; init; } = MoolatrikonaSpan.Degrees;

    /// <summary>Default <see cref="KendradiHouses.SignFromLagna"/>.</summary>
    public KendradiHouses KendradiHouses { get; init; } = KendradiHouses.SignFromLagna;

    /// <summary>Default <see cref="YuddhaVictor.NorthernLatitude"/>.</summary>
    public YuddhaVictor YuddhaVictor { get; init; } = YuddhaVictor.NorthernLatitude;
}
