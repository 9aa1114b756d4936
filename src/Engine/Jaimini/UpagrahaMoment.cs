namespace Jyotishika.Engine.Jaimini;

/// <summary>
/// Which instant of a graha's eighth of the day or night an upagraha rises at: the lagna rising then is its longitude
/// (BPHS ch. 3; P. V. R. Narasimha Rao, "Vedic Astrology: An Integrated Approach", ch. 4.3).
/// </summary>
public enum UpagrahaMoment
{
    /// <summary>The start of the part.</summary>
    PartStart = 1,

    /// <summary>The middle of the part.</summary>
    PartMiddle = 2,
}
