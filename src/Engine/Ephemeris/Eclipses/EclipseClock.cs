using Jyotishika.Engine.Native;

namespace Jyotishika.Engine.Ephemeris.Eclipses;

/// <summary>
/// UTC instants to and from the library's Julian days (UT1), with the engine's default time scale
/// (<see cref="TimeScale.Ut1"/>): the same conversion every other event instant goes through.
/// </summary>
internal sealed class EclipseClock(EphemerisSession session)
{
    private readonly NativeBodyStates states = new(session, ChartSettings.Default);

    internal double JulianDayUt(DateTime utc) => states.JulianDayUt(utc);

    internal DateTime Utc(double julianDayUt) => UtcInstants.FromJulianDayUt(states, julianDayUt);

    internal DateTime? Utc(double? julianDayUt) => julianDayUt is { } day ? Utc(day) : null;
}
