namespace Jyotishika.Engine.Vargas;

/// <summary>How a division number was mapped to signs.</summary>
public enum VargaScheme
{
    /// <summary>The named varga's own rule (BPHS ch. 6, or the Jagannatha Hora / PyJHora default where BPHS is silent).</summary>
    Classical = 1,

    /// <summary>
    /// Parivritti (cyclic): the 12·n parts of the zodiac are given to the signs in order from Aries without restarting
    /// at each sign, so part j of the whole zodiac falls in sign j mod 12.
    /// </summary>
    Parivritti = 2,
}
