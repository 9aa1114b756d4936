using Jyotishika.Engine.Analysis;

namespace Jyotishika.Engine.Aspects;

/// <summary>
/// Rasi drishti, the sign aspects of the Jaimini system: a movable sign aspects the fixed signs except the one beside it, a
/// fixed sign the movable signs except the one beside it, and a dual sign the other three duals; grahas in a sign aspect
/// what it aspects. Jaimini Upadesa Sutras 1.1.2–4 ("abhipaśyanti ṛkṣāṇi", "pārśvabhe ca", "tanniṣṭhāś ca tadvat"), and
/// BPHS ch. 8 (rasi drishti) in R. Santhanam's numbering. Unlike graha drishti it is mutual: if A aspects B, B aspects A.
/// </summary>
public static class RasiDrishti
{
    /// <summary>The twelve signs' aspects, Aries first.</summary>
    public static IReadOnlyList<RasiAspect> Of(SignChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return Enumerable.Range(0, 12).Select(sign =>
        {
            var aspected = AspectedBy(sign);
            return new RasiAspect(sign, aspected, Occupants.In(chart, [sign]), Occupants.In(chart, aspected));
        }).ToArray();
    }

    /// <summary>The signs (ascending) a sign aspects.</summary>
    internal static int[] AspectedBy(int sign)
    {
        // Movable signs are 0, 3, 6, 9 (sign % 3 == 0), fixed 1, 4, 7, 10, dual 2, 5, 8, 11. The fixed sign beside a movable
        // one is the next sign; the movable sign beside a fixed one is the previous sign.
        return (sign % 3) switch
        {
            0 => Enumerable.Range(0, 12).Where(other => other % 3 == 1 && other != (sign + 1) % 12).ToArray(),
            1 => Enumerable.Range(0, 12).Where(other => other % 3 == 0 && other != sign - 1).ToArray(),
            _ => Enumerable.Range(0, 12).Where(other => other % 3 == 2 && other != sign).ToArray(),
        };
    }
}
