namespace Jyotishika.Engine.Ashtakavarga;

/// <summary>
/// Trikona sodhana, the trinal reduction (BPHS ch. 67): in each triad of trines (Aries–Leo–Sagittarius, Taurus–Virgo–
/// Capricorn, Gemini–Libra–Aquarius, Cancer–Scorpio–Pisces) the smallest count is taken from all three. BPHS states it as
/// three cases — one sign empty: no change; all equal: all cleared; otherwise subtract the least — which subtracting the
/// minimum covers in one step.
/// </summary>
internal static class TrikonaSodhana
{
    public static int[] Apply(IReadOnlyList<int> bindus)
    {
        var reduced = bindus.ToArray();
        for (var first = 0; first < 4; first++)
        {
            var least = Math.Min(bindus[first], Math.Min(bindus[first + 4], bindus[first + 8]));
            reduced[first] -= least;
            reduced[first + 4] -= least;
            reduced[first + 8] -= least;
        }

        return reduced;
    }
}
