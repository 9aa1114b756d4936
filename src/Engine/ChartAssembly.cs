using Jyotishika.Engine.Native;

namespace Jyotishika.Engine;

/// <summary>
/// Turns raw sidereal coordinates into a <see cref="Chart"/>: placements, houses, combustion and stations, Ketu from
/// Rahu, and the extra ayanamsha offset. The native and the fast path both end here, so they cannot drift apart.
/// </summary>
internal static class ChartAssembly
{
    /// <summary>Chart bodies before the node, in chart order, with their library body numbers.</summary>
    internal static ReadOnlySpan<int> LeadingBodies =>
    [
        SwissEph.BodySun, SwissEph.BodyMoon, SwissEph.BodyMars, SwissEph.BodyMercury, SwissEph.BodyJupiter,
        SwissEph.BodyVenus, SwissEph.BodySaturn,
    ];

    /// <summary>The outer planets, after the nodes, when the settings include them.</summary>
    internal static ReadOnlySpan<int> OuterBodies => [SwissEph.BodyUranus, SwissEph.BodyNeptune, SwissEph.BodyPluto];

    private static readonly Graha[] Order =
    [
        Graha.Sun, Graha.Moon, Graha.Mars, Graha.Mercury, Graha.Jupiter, Graha.Venus, Graha.Saturn, Graha.Rahu, Graha.Ketu,
        Graha.Uranus, Graha.Neptune, Graha.Pluto,
    ];

    /// <summary>Whole-sign and 1=Aries cusps sit on sign starts: one shared instance per (house, sign).</summary>
    private static readonly HouseCusp[] SignCusps = CreateSignCusps();

    /// <summary>Raw bodies a chart needs: the seven leading bodies, the node, and the outer planets if asked for.</summary>
    internal static int RawBodyCount(ChartSettings settings) => LeadingBodies.Length + 1 + (settings.IncludeOuterPlanets ? OuterBodies.Length : 0);

    /// <summary>The library body number of the node the settings ask for.</summary>
    internal static int NodeBody(ChartSettings settings) =>
        settings.NodeType == NodeType.True ? SwissEph.BodyTrueNode : SwissEph.BodyMeanNode;

    /// <param name="bodies">Sidereal coordinates in raw order: leading bodies, the node, then any outer planets.</param>
    /// <param name="libraryAyanamsha">The library's ayanamsha (before the extra offset).</param>
    /// <param name="ascendant">Sidereal ascendant from the library (before the extra offset).</param>
    /// <param name="midheaven">Sidereal MC from the library (before the extra offset).</param>
    /// <param name="cusps">Sidereal cusps from the library, house 1 first.</param>
    /// <param name="fromFastPath">The positions came from the fast path's fitted series, not the native library.</param>
    internal static Chart Assemble(
        ChartInput input,
        double julianDayUt,
        ReadOnlySpan<BodyCoordinates> bodies,
        double libraryAyanamsha,
        double ascendant,
        double midheaven,
        ReadOnlySpan<double> cusps,
        bool fromFastPath = false)
    {
        var settings = input.Settings;
        var system = settings.HouseSystem;
        var extraOffset = settings.Ayanamsha.ExtraOffset();
        var ascendantPlacement = Placement.Of(ascendant - extraOffset);

        Span<double> cuspLongitudes = stackalloc double[cusps.Length];
        var houseCusps = new HouseCusp[cusps.Length];
        for (var house = 1; house <= cusps.Length; house++)
        {
            var longitude = ShiftedCusp(system, cusps[house - 1], house, ascendantPlacement, extraOffset);
            houseCusps[house - 1] = SignCusp(system, house, longitude) ?? new HouseCusp(house, Placement.Of(longitude));
            cuspLongitudes[house - 1] = houseCusps[house - 1].Placement.Longitude;
        }

        var runForward = Houses.RunForward(cuspLongitudes);
        Span<double> spans = stackalloc double[cusps.Length];
        for (var i = 0; i < spans.Length; i++)
        {
            var start = cuspLongitudes[i];
            var end = cuspLongitudes[(i + 1) % spans.Length];
            spans[i] = runForward ? Normalize(end - start) : Normalize(start - end);
        }

        var sunLongitude = Arc.Normalize(bodies[0].Longitude - extraOffset);
        var positions = new GrahaPosition[bodies.Length + 1];
        var node = LeadingBodies.Length;
        for (var i = 0; i < positions.Length; i++)
        {
            var raw = i <= node ? bodies[i] : i == node + 1 ? Ketu(bodies[node]) : bodies[i - 1];
            positions[i] = ToPosition(Order[i], raw, extraOffset, sunLongitude, cuspLongitudes, spans, runForward);
        }

        return new Chart(
            input.UtcInstant,
            julianDayUt,
            input.Latitude,
            input.Longitude,
            settings,
            libraryAyanamsha + extraOffset,
            positions,
            ascendantPlacement,
            Placement.Of(midheaven - extraOffset),
            houseCusps) { FromFastPath = fromFastPath };
    }

    /// <summary>The library's body number for a graha under these settings (Rahu and Ketu: the chosen node), or -1.</summary>
    internal static int LibraryBody(Graha graha, ChartSettings settings) => graha switch
    {
        Graha.Sun => SwissEph.BodySun,
        Graha.Moon => SwissEph.BodyMoon,
        Graha.Mars => SwissEph.BodyMars,
        Graha.Mercury => SwissEph.BodyMercury,
        Graha.Jupiter => SwissEph.BodyJupiter,
        Graha.Venus => SwissEph.BodyVenus,
        Graha.Saturn => SwissEph.BodySaturn,
        Graha.Rahu or Graha.Ketu => NodeBody(settings),
        Graha.Uranus => SwissEph.BodyUranus,
        Graha.Neptune => SwissEph.BodyNeptune,
        Graha.Pluto => SwissEph.BodyPluto,
        _ => -1,
    };

    /// <summary>Ketu is opposite Rahu: same speed and distance, latitude negated.</summary>
    internal static BodyCoordinates Ketu(BodyCoordinates rahu) =>
        rahu with { Longitude = Arc.Normalize(rahu.Longitude + 180), Latitude = -rahu.Latitude };

    private static GrahaPosition ToPosition(
        Graha graha, BodyCoordinates coordinates, double extraOffset, double sunLongitude, ReadOnlySpan<double> cusps,
        ReadOnlySpan<double> spans, bool runForward)
    {
        var placement = Placement.Of(coordinates.Longitude - extraOffset);
        var speed = coordinates.LongitudeSpeed;
        return new GrahaPosition(
            graha,
            placement,
            coordinates.Latitude,
            coordinates.Distance,
            speed,
            HouseOf(placement.Longitude, cusps, spans, runForward),
            Combustion.IsCombust(graha, placement.Longitude, speed < 0, sunLongitude),
            Stations.IsStationary(graha, speed));
    }

    /// <summary>
    /// <see cref="Houses.HouseOf(double, ReadOnlySpan{double}, bool)"/> with the arithmetic unchanged but the spans between
    /// cusps computed once per chart instead of once per graha and cusp: at ~1 µs that lookup was the largest single cost
    /// of a fast chart.
    /// </summary>
    private static int HouseOf(double longitude, ReadOnlySpan<double> cusps, ReadOnlySpan<double> spans, bool runForward)
    {
        for (var i = 0; i < cusps.Length; i++)
        {
            var offset = runForward ? Normalize(longitude - cusps[i]) : Normalize(cusps[i] - longitude);
            if (offset < spans[i])
            {
                return i + 1;
            }
        }

        return 1;
    }

    /// <summary>
    /// <see cref="Arc.Normalize"/>, skipping the floating remainder for differences of two normalized angles (always
    /// within one turn): fmod returns such a value unchanged, so the result is identical.
    /// </summary>
    private static double Normalize(double degrees)
    {
        if (degrees is >= 0 and < 360)
        {
            return degrees;
        }

        if (degrees is < 0 and > -360)
        {
            var result = degrees + 360.0;
            return result >= 360.0 ? 0.0 : result;
        }

        return Arc.Normalize(degrees);
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

    private static HouseCusp? SignCusp(HouseSystem system, int house, double longitude)
    {
        if (system is not (HouseSystem.WholeSign or HouseSystem.EqualAries) || longitude % 30 != 0 || longitude is < 0 or >= 360)
        {
            return null;
        }

        return SignCusps[(house - 1) * 12 + (int)(longitude / 30)];
    }

    private static HouseCusp[] CreateSignCusps()
    {
        var cusps = new HouseCusp[12 * 12];
        for (var house = 1; house <= 12; house++)
        {
            for (var sign = 0; sign < 12; sign++)
            {
                cusps[(house - 1) * 12 + sign] = new HouseCusp(house, Placement.Of(sign * 30.0));
            }
        }

        return cusps;
    }
}
