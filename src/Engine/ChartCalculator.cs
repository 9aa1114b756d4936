using Jyotishika.Engine.Native;

namespace Jyotishika.Engine;

/// <summary>
/// The native chart computation. Runs whole on one pool thread: it sets the sidereal mode and then makes every native
/// call for the chart with nothing awaited in between, so no other job's mode can leak in.
/// </summary>
internal static class ChartCalculator
{
    private static readonly (Graha Graha, int Body)[] Grahas =
    [
        (Graha.Sun, SwissEph.BodySun),
        (Graha.Moon, SwissEph.BodyMoon),
        (Graha.Mars, SwissEph.BodyMars),
        (Graha.Mercury, SwissEph.BodyMercury),
        (Graha.Jupiter, SwissEph.BodyJupiter),
        (Graha.Venus, SwissEph.BodyVenus),
        (Graha.Saturn, SwissEph.BodySaturn),
    ];

    private static readonly (Graha Graha, int Body)[] OuterPlanets =
    [
        (Graha.Uranus, SwissEph.BodyUranus),
        (Graha.Neptune, SwissEph.BodyNeptune),
        (Graha.Pluto, SwissEph.BodyPluto),
    ];

    internal static Chart Compute(EphemerisSession session, ChartInput input)
    {
        var settings = input.Settings;
        var julianDayUt = session.UtcToJulianDay(input.UtcInstant).Universal;
        var flags = PositionFlags(settings.PositionType);
        var extraOffset = settings.Ayanamsha.ExtraOffset();

        SetSiderealMode(session, settings);
        var raw = new (Graha Graha, BodyCoordinates Coordinates)[Grahas.Length + 2 + (settings.IncludeOuterPlanets ? OuterPlanets.Length : 0)];
        var count = 0;
        foreach (var (graha, body) in Grahas)
        {
            raw[count++] = (graha, session.Calculate(julianDayUt, body, flags));
        }

        var node = session.Calculate(
            julianDayUt, settings.NodeType == NodeType.True ? SwissEph.BodyTrueNode : SwissEph.BodyMeanNode, flags);
        raw[count++] = (Graha.Rahu, node);
        raw[count++] = (Graha.Ketu, node with { Longitude = Arc.Normalize(node.Longitude + 180), Latitude = -node.Latitude });
        if (settings.IncludeOuterPlanets)
        {
            foreach (var (graha, body) in OuterPlanets)
            {
                raw[count++] = (graha, session.Calculate(julianDayUt, body, flags));
            }
        }

        var ayanamsha = session.Ayanamsha(julianDayUt, flags & ~(SwissEph.FlagSpeed | SwissEph.FlagSidereal)) + extraOffset;
        var (cusps, ascendant, midheaven) = ComputeHouses(session, input, julianDayUt, extraOffset);

        Span<double> cuspLongitudes = stackalloc double[cusps.Length];
        for (var i = 0; i < cusps.Length; i++)
        {
            cuspLongitudes[i] = cusps[i].Placement.Longitude;
        }

        var runForward = Houses.RunForward(cuspLongitudes);
        var sunLongitude = Arc.Normalize(raw[0].Coordinates.Longitude - extraOffset);
        var positions = new GrahaPosition[raw.Length];
        for (var i = 0; i < raw.Length; i++)
        {
            positions[i] = ToPosition(raw[i].Graha, raw[i].Coordinates, extraOffset, sunLongitude, cuspLongitudes, runForward);
        }

        return new Chart(
            input.UtcInstant, julianDayUt, input.Latitude, input.Longitude, settings, ayanamsha, positions, ascendant, midheaven, cusps);
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

    private static GrahaPosition ToPosition(
        Graha graha, BodyCoordinates coordinates, double extraOffset, double sunLongitude, ReadOnlySpan<double> cusps, bool runForward)
    {
        var placement = Placement.Of(coordinates.Longitude - extraOffset);
        var speed = coordinates.LongitudeSpeed;
        return new GrahaPosition(
            graha,
            placement,
            coordinates.Latitude,
            coordinates.Distance,
            speed,
            Houses.HouseOf(placement.Longitude, cusps, runForward),
            Combustion.IsCombust(graha, placement.Longitude, speed < 0, sunLongitude),
            Stations.IsStationary(graha, speed));
    }

    private static (HouseCusp[] Cusps, Placement Ascendant, Placement Midheaven) ComputeHouses(
        EphemerisSession session, ChartInput input, double julianDayUt, double extraOffset)
    {
        var system = input.Settings.HouseSystem;
        Span<double> cusps = stackalloc double[37];
        Span<double> angles = stackalloc double[10];
        if (!session.Houses(julianDayUt, SwissEph.FlagSidereal, input.Latitude, input.Longitude, system.Letter(), cusps, angles))
        {
            throw new InvalidInputException(
                "houseSystem",
                $"{system} houses have no solution at latitude {input.Latitude:0.####}; choose another house system " +
                "(for example WHOLE_SIGN, EQUAL or PORPHYRY)");
        }

        var ascendant = Placement.Of(angles[0] - extraOffset);
        var result = new HouseCusp[system.CuspCount()];
        for (var house = 1; house <= result.Length; house++)
        {
            result[house - 1] = new HouseCusp(house, Placement.Of(ShiftedCusp(system, cusps[house], house, ascendant, extraOffset)));
        }

        return (result, ascendant, Placement.Of(angles[1] - extraOffset));
    }

    /// <summary>
    /// Applies an extra ayanamsha offset to a cusp. Sign-anchored systems keep their cusps on sign starts, so those are
    /// rebuilt from the shifted ascendant instead of shifted.
    /// </summary>
    private static double ShiftedCusp(HouseSystem system, double cusp, int house, Placement ascendant, double extraOffset)
    {
        if (extraOffset == 0)
        {
            return cusp;
        }

        return system switch
        {
            HouseSystem.WholeSign => (ascendant.Sign + house - 1) % 12 * 30.0,
            HouseSystem.EqualAries => (house - 1) * 30.0,
            _ => cusp - extraOffset,
        };
    }
}
