using Jyotishika.Engine.Analysis;

namespace Jyotishika.Engine.Doshas;

/// <summary>
/// Whether two grahas are together. The classical rules mean the same sign (yuti); where an orb is asked for and both
/// degrees are known, the angular separation must also be within it. Without both degrees only the sign is compared.
/// </summary>
internal static class Conjunction
{
    public static bool Together(SignChart chart, Graha first, Graha second, double? orbDegrees = null)
    {
        var a = chart.Grahas[first];
        var b = chart.Grahas[second];
        if (a.Sign != b.Sign)
        {
            return false;
        }

        return orbDegrees is not { } orb || a.Longitude is not { } la || b.Longitude is not { } lb || Math.Abs(la - lb) <= orb;
    }
}
