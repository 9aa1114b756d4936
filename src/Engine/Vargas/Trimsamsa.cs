namespace Jyotishika.Engine.Vargas;

/// <summary>
/// D30 (BPHS ch. 6): five unequal parts ruled by Mars, Saturn, Jupiter, Mercury and Venus, mapped to their odd or
/// even signs. Odd signs: 0–5° Aries, 5–10° Aquarius, 10–18° Sagittarius, 18–25° Gemini, 25–30° Libra. Even signs:
/// 0–5° Taurus, 5–12° Virgo, 12–20° Pisces, 20–25° Capricorn, 25–30° Scorpio. Intervals are half-open.
/// </summary>
internal static class Trimsamsa
{
    /// <summary>Integer-degree boundaries are exact in binary; this only absorbs error from upstream arithmetic.</summary>
    private const double BoundarySnap = 1e-11;

    private static readonly Part[] Odd =
    [
        new(0, 5, 0), new(5, 10, 10), new(10, 18, 8), new(18, 25, 2), new(25, 30, 6),
    ];

    private static readonly Part[] Even =
    [
        new(0, 5, 1), new(5, 12, 5), new(12, 20, 11), new(20, 25, 9), new(25, 30, 7),
    ];

    /// <summary>
    /// The D30 sign and degree. The degree is the advance through the part scaled to 30° over the part's own width
    /// ((d − start)·30/width), so every part spans a whole varga sign as equal parts do. PyJHora and many programs
    /// print (d·30) mod 30 instead, which repeats every degree and is not a position inside the part.
    /// </summary>
    public static (int Sign, double DegreeInSign) Of(int rasiSign, double degreeInSign)
    {
        var parts = rasiSign % 2 == 0 ? Odd : Even;
        var part = parts[^1];
        foreach (var candidate in parts)
        {
            if (degreeInSign + BoundarySnap < candidate.End)
            {
                part = candidate;
                break;
            }
        }

        var degree = Math.Max(0.0, degreeInSign - part.Start) * 30.0 / (part.End - part.Start);
        return (part.Sign, DivisionalChart.BelowThirty(degree));
    }

    private readonly record struct Part(double Start, double End, int Sign);
}
