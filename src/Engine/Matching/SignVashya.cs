namespace Jyotishika.Engine.Matching;

/// <summary>The signs each sign holds in its sway (vashya), used by South Indian vasya porutham.</summary>
public static class SignVashya
{
    // Aries first (the sign-vashya table of Tamil matching manuals): Aries — Leo, Scorpio; Taurus — Cancer, Libra;
    // Gemini — Virgo; Cancer — Scorpio, Sagittarius; Leo — Libra; Virgo — Pisces, Gemini; Libra — Virgo, Capricorn;
    // Scorpio — Cancer; Sagittarius — Pisces; Capricorn — Aries, Aquarius; Aquarius — Aries; Pisces — Capricorn.
    private static readonly int[][] Held =
    [
        [4, 7], [3, 6], [5], [7, 8], [6], [11, 2], [5, 9], [3], [11], [0, 10], [0], [9],
    ];

    /// <summary>Whether <paramref name="sign"/> holds <paramref name="other"/> in its sway (0 = Aries).</summary>
    public static bool Holds(int sign, int other) => Held[sign].Contains(other);
}
