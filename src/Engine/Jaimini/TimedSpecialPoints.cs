using Jyotishika.Engine.Native;

namespace Jyotishika.Engine.Jaimini;

/// <summary>
/// The points that need the day of birth besides the chart: the upagrahas rising in the grahas' eighths of the day or
/// night (BPHS ch. 3; Narasimha Rao ch. 4.3) and the special lagnas counted from sunrise (ibid. ch. 5), all sidereal.
/// </summary>
public static class TimedSpecialPoints
{
    private const double MinutesPerDay = 24 * 60;

    private static readonly (SpecialPointKind Kind, Graha Lord)[] Upagrahas =
    [
        (SpecialPointKind.Kaala, Graha.Sun), (SpecialPointKind.Mrityu, Graha.Mars), (SpecialPointKind.Ardhaprahara, Graha.Mercury),
        (SpecialPointKind.Yamaghantaka, Graha.Jupiter), (SpecialPointKind.Gulika, Graha.Saturn), (SpecialPointKind.Mandi, Graha.Saturn),
    ];

    /// <summary>
    /// Kaala, Mrityu, Ardhaprahara, Yamaghantaka, Gulika, Mandi, then the bhava, hora, ghati and vighati lagnas, Pranapada
    /// and the Varnada lagna, for the chart's instant, place and settings. The pool finds the sunrise, sunset and the
    /// ascendants of the parts in one job. Throws <see cref="InvalidInputException"/> where the Sun does not rise or set.
    /// </summary>
    public static async Task<IReadOnlyList<SpecialPoint>> ComputeAsync(
        EphemerisPool pool, Chart chart, TimedPointOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(chart);
        var chosen = options ?? TimedPointOptions.Default;
        return await pool.RunAsync(
                session => SupportedRange.Guard(InputPart.Instant, () => Compute(session, chart, chosen)), cancellationToken)
            .ConfigureAwait(false);
    }

    internal static IReadOnlyList<SpecialPoint> Compute(EphemerisSession session, Chart chart, TimedPointOptions options)
    {
        var birth = chart.JulianDayUt;
        var day = SolarDay.Read(session, birth, chart.Latitude, chart.Longitude, options.Rise);
        var parts = DayParts.Of(day, birth);

        ChartCalculator.SetSiderealMode(session, chart.Settings);
        var extraOffset = chart.Settings.Ayanamsha.ExtraOffset();
        var points = new List<SpecialPoint>();
        foreach (var (kind, lord) in Upagrahas)
        {
            var moment = kind switch
            {
                SpecialPointKind.Gulika => options.Gulika,
                SpecialPointKind.Mandi => options.Mandi,
                _ => options.OtherUpagrahas,
            };
            points.Add(new SpecialPoint(kind, Arc.Normalize(Ascendant(session, chart, parts.Instant(lord, moment)) - extraOffset)));
        }

        var flags = ChartCalculator.PositionFlags(chart.Settings.PositionType);
        var sunAtSunrise = Arc.Normalize(session.Calculate(day.Sunrise, SwissEph.BodySun, flags).Longitude - extraOffset);
        var sunAtBirth = chart.Grahas.Single(g => g.Graha == Graha.Sun).Longitude;
        var minutes = (birth - day.Sunrise) * MinutesPerDay;
        var horaLagna = SpecialLagnas.HoraLagna(sunAtSunrise, minutes);
        points.Add(new SpecialPoint(SpecialPointKind.BhavaLagna, SpecialLagnas.BhavaLagna(sunAtSunrise, minutes, options.BhavaLagnaRate)));
        points.Add(new SpecialPoint(SpecialPointKind.HoraLagna, horaLagna));
        points.Add(new SpecialPoint(SpecialPointKind.GhatiLagna, SpecialLagnas.GhatiLagna(sunAtSunrise, minutes)));
        points.Add(new SpecialPoint(SpecialPointKind.VighatiLagna, SpecialLagnas.VighatiLagna(sunAtSunrise, minutes)));
        points.Add(new SpecialPoint(SpecialPointKind.Pranapada, SpecialLagnas.Pranapada(sunAtBirth, minutes)));

        var lagna = chart.Ascendant;
        var varnadaSign = SpecialLagnas.VarnadaSign(lagna.Sign, Zodiac.SignOf(horaLagna));
        points.Add(new SpecialPoint(SpecialPointKind.VarnadaLagna, varnadaSign * 30 + lagna.DegreeInSign));
        return points;
    }

    /// <summary>The sidereal ascendant (before the extra offset) at an instant, from the chart's place.</summary>
    private static double Ascendant(EphemerisSession session, Chart chart, double julianDayUt)
    {
        // Whole-sign houses always solve; the ascendant is the same in every system.
        Span<double> cusps = stackalloc double[SwissEph.MaxHouseCusps];
        Span<double> angles = stackalloc double[SwissEph.AngleCount];
        session.Houses(julianDayUt, SwissEph.FlagSidereal, chart.Latitude, chart.Longitude, HouseSystem.WholeSign.Letter(), cusps, angles);
        return angles[0];
    }
}
