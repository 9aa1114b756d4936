using Jyotishika.Engine.Native;

namespace Jyotishika.Engine.Ephemeris;

/// <summary>
/// Body states from the native library, bound to the pool thread of the job that created it: the sidereal mode is set
/// once on construction, and every call that follows runs in the same synchronous job, so no other job's mode can
/// interleave.
/// </summary>
internal sealed class NativeBodyStates : IBodyStates
{
    private readonly EphemerisSession session;
    private readonly int flags;
    private readonly ChartSettings frame;
    private readonly double extraOffset;

    internal NativeBodyStates(EphemerisSession session, ChartSettings frame)
    {
        this.session = session;
        ChartCalculator.SetSiderealMode(session, frame);
        flags = ChartCalculator.PositionFlags(frame.PositionType);
        this.frame = frame;
        extraOffset = frame.Ayanamsha.ExtraOffset();
    }

    public double JulianDayUt(DateTime utc) =>
        frame.ReadsUtcAsUniversal ? TimeScales.UtcReadAsUniversal(utc) : session.UtcToJulianDay(utc).Universal;

    public void Evaluate(Graha body, ReadOnlySpan<double> julianDaysUt, Span<BodyPosition> into)
    {
        var libraryBody = LibraryBody(body);
        var opposite = body == Graha.Ketu;
        for (var i = 0; i < julianDaysUt.Length; i++)
        {
            var raw = session.Calculate(julianDaysUt[i], libraryBody, flags);
            into[i] = opposite
                ? new BodyPosition(Arc.Normalize(raw.Longitude + 180 - extraOffset), -raw.Latitude, raw.Distance, raw.LongitudeSpeed)
                : new BodyPosition(Arc.Normalize(raw.Longitude - extraOffset), raw.Latitude, raw.Distance, raw.LongitudeSpeed);
        }
    }

    private int LibraryBody(Graha body) =>
        ChartAssembly.LibraryBody(body, frame) is var number and >= 0
            ? number
            : throw new ArgumentOutOfRangeException(nameof(body), body, "Not a body the engine computes");
}
