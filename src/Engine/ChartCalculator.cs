using System.Runtime.CompilerServices;
using Jyotishika.Engine.Native;

namespace Jyotishika.Engine;

/// <summary>
/// The native chart computation. Runs whole on one pool thread: it sets the sidereal mode and then makes every native
/// call for the chart with nothing awaited in between, so no other job's mode can leak in. The chart itself is put
/// together by <see cref="ChartAssembly"/>, shared with the fast path.
/// Its buffers are not zeroed, for the reason <see cref="EphemerisSession"/> gives.
/// </summary>
[SkipLocalsInit]
internal static class ChartCalculator
{
    internal static Chart Compute(EphemerisSession session, ChartInput input)
    {
        var settings = input.Settings;
        var julianDayUt = settings.ReadsUtcAsUniversal
            ? TimeScales.UtcReadAsUniversal(input.UtcInstant)
            : session.UtcToJulianDay(input.UtcInstant).Universal;
        var flags = PositionFlags(settings.PositionType);

        SetSiderealMode(session, settings);
        Span<BodyCoordinates> bodies = stackalloc BodyCoordinates[ChartAssembly.RawBodyCount(settings)];
        var count = 0;
        foreach (var body in ChartAssembly.LeadingBodies)
        {
            bodies[count++] = session.Calculate(julianDayUt, body, flags);
        }

        bodies[count++] = session.Calculate(julianDayUt, ChartAssembly.NodeBody(settings), flags);
        if (settings.IncludeOuterPlanets)
        {
            foreach (var body in ChartAssembly.OuterBodies)
            {
                bodies[count++] = session.Calculate(julianDayUt, body, flags);
            }
        }

        var ayanamsha = session.Ayanamsha(julianDayUt, flags & ~(SwissEph.FlagSpeed | SwissEph.FlagSidereal));
        var system = settings.HouseSystem;
        Span<double> cusps = stackalloc double[SwissEph.MaxHouseCusps];
        Span<double> angles = stackalloc double[SwissEph.AngleCount];
        if (!session.Houses(julianDayUt, SwissEph.FlagSidereal, input.Latitude, input.Longitude, system.Letter(), cusps, angles))
        {
            throw new InvalidInputException(
                new InputProblem(InputPart.HouseSystem, ProblemKind.NoSolution) { HouseSystem = system, Found = input.Latitude });
        }

        return ChartAssembly.Assemble(
            input, julianDayUt, bodies, ayanamsha, angles[0], angles[1], cusps.Slice(1, system.CuspCount()));
    }

    internal static int PositionFlags(PositionType positions) =>
        SwissEph.FlagSwissEphemeris | SwissEph.FlagSpeed | SwissEph.FlagSidereal
        | (positions == PositionType.Geometric
            ? SwissEph.FlagTruePosition | SwissEph.FlagNoDeflection | SwissEph.FlagNoNutation
            : 0);

    internal static void SetSiderealMode(EphemerisSession session, ChartSettings settings)
    {
        if (settings.Ayanamsha == Ayanamsha.UserDefined && settings.UserAyanamsha is { } user)
        {
            session.SetSiderealMode(SwissEph.SiderealModeUser, user.ReferenceJulianDay, user.DegreesAtReference);
        }
        else
        {
            session.SetSiderealMode(settings.Ayanamsha.LibraryMode());
        }
    }
}
