using Jyotishika.Engine.FastPath;
using Jyotishika.Engine.Native;

namespace Jyotishika.Engine;

/// <summary>Body positions from the library, for the instants the fast path left unanswered. Runs inside one pool job.</summary>
internal static class NativePositions
{
    internal static BodyPosition[] Fill(
        EphemerisSession session, Graha graha, ReadOnlySpan<double> julianDaysUt, ChartSettings settings, BodyPosition[] positions)
    {
        ChartCalculator.SetSiderealMode(session, settings);
        var flags = ChartCalculator.PositionFlags(settings.PositionType);
        var extraOffset = settings.Ayanamsha.ExtraOffset();
        var body = ChartAssembly.LibraryBody(graha, settings);
        if (body < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(graha), graha, "Not a body the engine computes");
        }

        for (var i = 0; i < julianDaysUt.Length; i++)
        {
            if (positions[i].IsAnswered)
            {
                continue;
            }

            var raw = session.Calculate(julianDaysUt[i], body, flags);
            if (graha == Graha.Ketu)
            {
                raw = ChartAssembly.Ketu(raw);
            }

            positions[i] = new BodyPosition(Arc.Normalize(raw.Longitude - extraOffset), raw.Latitude, raw.Distance, raw.LongitudeSpeed);
        }

        return positions;
    }
}
