namespace Jyotishika.Engine.Strength;

/// <summary>Where the twelve bhava madhyas (mid-points of the houses) that bhava bala reads are taken from.</summary>
public enum BhavaMadhyas
{
    /// <summary>
    /// Sripati, as Raman computes the bhavas: the ascendant and the midheaven are the madhyas of the 1st and 10th, their
    /// opposites those of the 7th and 4th, and each quadrant between them is trisected for the madhyas inside it. Needs only
    /// the chart's ascendant and midheaven, whatever house system the chart itself used.
    /// </summary>
    Sripati = 1,

    /// <summary>Equal bhavas: the madhya of house n is the ascendant plus 30°·(n − 1).</summary>
    EqualFromAscendant = 2,

    /// <summary>
    /// The chart's own twelve cusps (<see cref="Chart.Cusps"/>, its <see cref="ChartSettings.HouseSystem"/>) read as the
    /// madhyas. Note that the Swiss Ephemeris' "Sripati" system returns the house <i>starts</i> (sandhis), not the madhyas.
    /// </summary>
    ChartCusps = 3,
}

/// <summary>How much of each graha's aspect on a bhava madhya bhava drishti bala counts.</summary>
public enum BhavaDrishtiShare
{
    /// <summary>
    /// Raman, <i>Graha and Bhava Balas</i> ch. 9: Jupiter's and Mercury's aspects count in full, the other grahas' a
    /// quarter (as in drik bala); each added for a benefic aspecting graha and subtracted for a malefic one.
    /// </summary>
    JupiterAndMercuryFull = 1,

    /// <summary>Every graha's aspect a quarter, exactly as drik bala counts aspects on a graha.</summary>
    QuarterOfEvery = 2,
}

/// <summary>The conventions bhava bala depends on where sources differ.</summary>
public sealed record BhavaBalaOptions
{
    public static BhavaBalaOptions Default { get; } = new();

    /// <summary>Default <see cref="BhavaMadhyas.Sripati"/>, the bhavas of Raman's worked example.</summary>
    public BhavaMadhyas Madhyas { get; init; } = BhavaMadhyas.Sripati;

    /// <summary>Default <see cref="BhavaDrishtiShare.JupiterAndMercuryFull"/> (Raman).</summary>
    public BhavaDrishtiShare DrishtiShare { get; init; } = BhavaDrishtiShare.JupiterAndMercuryFull;
}
