namespace Jyotishika.Engine.Dasha.Kalachakra;

/// <summary>
/// The named jumps (gati) between consecutive Kalachakra dashas (BPHS ch. 46). Jumps are read against the plain
/// zodiac, so a step to the neighbouring sign, either way, is <see cref="None"/>.
/// </summary>
public enum KalachakraGati
{
    None = 0,

    /// <summary>Frog's leap over one sign: Virgo ↔ Cancer, Leo ↔ Gemini.</summary>
    Manduka = 1,

    /// <summary>Monkey's step back: Cancer ↔ Leo taken between two frog's leaps, against the way the run is going.</summary>
    Markati = 2,

    /// <summary>Lion's backward glance across a trine: Pisces ↔ Scorpio, Sagittarius ↔ Aries.</summary>
    Simhavalokana = 3,
}

public static class KalachakraGatis
{
    private const int Aries = 0;
    private const int Gemini = 2;
    private const int Cancer = 3;
    private const int Leo = 4;
    private const int Virgo = 5;
    private const int Scorpio = 7;
    private const int Sagittarius = 8;
    private const int Pisces = 11;

    /// <summary>The gati of each step in a run of dasha signs (0 = Aries): element i is the step from signs[i] to signs[i + 1].</summary>
    public static IReadOnlyList<KalachakraGati> Of(IReadOnlyList<int> signs)
    {
        ArgumentNullException.ThrowIfNull(signs);
        var steps = new KalachakraGati[Math.Max(0, signs.Count - 1)];
        for (var i = 0; i < steps.Length; i++)
        {
            steps[i] = Leap(signs[i], signs[i + 1]);
        }

        // Cancer–Leo is an ordinary step in a forward run (… Gemini, Cancer, Leo, Virgo …); it turns back only where a
        // frog's leap on either side shows the run going the other way (Virgo, Cancer, Leo, Gemini).
        for (var i = 0; i < steps.Length; i++)
        {
            if (IsPair(signs[i], signs[i + 1], Cancer, Leo) &&
                ((i > 0 && steps[i - 1] == KalachakraGati.Manduka) || (i + 1 < steps.Length && steps[i + 1] == KalachakraGati.Manduka)))
            {
                steps[i] = KalachakraGati.Markati;
            }
        }

        return steps;
    }

    private static KalachakraGati Leap(int from, int to) =>
        IsPair(from, to, Virgo, Cancer) || IsPair(from, to, Leo, Gemini) ? KalachakraGati.Manduka
        : IsPair(from, to, Pisces, Scorpio) || IsPair(from, to, Sagittarius, Aries) ? KalachakraGati.Simhavalokana
        : KalachakraGati.None;

    private static bool IsPair(int from, int to, int a, int b) => (from == a && to == b) || (from == b && to == a);
}
