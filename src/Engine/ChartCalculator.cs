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
        var raw = new List<(Graha Graha, BodyCoordinates Coordinates)>(12);
        foreach (var (graha, body) in Grahas)
        {
            raw.Add((graha, session.Calculate(julianDayUt, body, flags)));
        }

        var node = session.Calculate(
            julianDayUt, settings.NodeType == NodeType.True ? SwissEph.BodyTrueNode : SwissEph.BodyMeanNode, flags);
        raw.Add((Graha.Rahu, node));
        raw.Add((Graha.Ketu, node with { Longitude = Arc.Normalize(node.Longitude + 180), Latitude = -node.Latitude }));
        if (settings.IncludeOuterPlanets)
        {
            foreach (var (graha, body) in OuterPlanets)
            {
                raw.Add((graha, session.Calculate(julianDayUt, body, flags)));
            }
        }

        var ayanamsha = session.Ayanamsha(julianDayUt, flags & ~(SwissEph.FlagSpeed | SwissEph.FlagSidereal)) + extraOffset;
        var (cusps, ascendant, midheaven) = ComputeHouses(session, input, julianDayUt, extraOffset);

        var sunLongitude = Arc.Normalize(raw[0].Coordinates.Longitude - extraOffset);
        var cuspLongitudes = cusps.Select(c => c.Placement.Longitude).ToArray();
        var positions = raw.Select(r => ToPosition(r.Graha, r.Coordinates, extraOffset, sunLongitude, cuspLongitudes)).ToList();

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
        Graha graha, BodyCoordinates coordinates, double extraOffset, double sunLongitude, double[] cusps)
    {
        var placement = Placement.Of(coordinates.Longitude - extraOffset);
        var speed = coordinates.LongitudeSpeed;
        return new GrahaPosition(
            graha,
            placement,
            coordinates.Latitude,
            coordinates.Distance,
            speed,
            Houses.HouseOf(placement.Longitude, cusps),
            Combustion.IsCombust(graha, placement.Longitude, speed < 0, sunLongitude),
            Stations.IsStationary(graha, speed));
    }

    private static (List<HouseCusp> Cusps, Placement Ascendant, Placement Midheaven) ComputeHouses(
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
        var result = new List<HouseCusp>(system.CuspCount());
        for (var house = 1; house <= system.CuspCount(); house++)
        {
            result.Add(new HouseCusp(house, Placement.Of(ShiftedCusp(system, cusps[house], house, ascendant, extraOffset))));
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
