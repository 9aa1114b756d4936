namespace Jyotishika.Engine.Jaimini;

/// <summary>
/// Who rules the two co-owned signs, Scorpio (Mars and Ketu) and Aquarius (Saturn and Rahu), when a Jaimini rule needs
/// "the lord" of one.
/// </summary>
public enum CoLordRule
{
    /// <summary>The stronger of the two by <see cref="SignStrength.StrongerCoLord"/> (P. V. R. Narasimha Rao; the default).</summary>
    Stronger = 1,

    /// <summary>Always the primary lord, Mars for Scorpio and Saturn for Aquarius.</summary>
    Primary = 2,
}
