using Jyotishika.Engine.Native;

namespace Jyotishika.Engine.Panchang;

/// <summary>
/// Each anga is the segment an angle of the Sun and Moon falls in; its start and end are the instants the angle crosses
/// the segment's edges. Only valid inside the pool job that set the sidereal mode.
/// </summary>
internal sealed partial class AngaFinder(EphemerisSession session, ChartSettings settings)
{
    private readonly int flags = ChartCalculator.PositionFlags(settings.PositionType);

    // Ayanamshas the library lacks are a constant offset from a library mode (see Ayanamsha.ExtraOffset).
    private readonly double extraOffset = settings.Ayanamsha.ExtraOffset();

    internal Tithi Tithi(double julianDay)
    {
        var (number, start, end) = Find(Elongation, 30, julianDay);
        return new Tithi(number, number <= 15 ? Paksha.Shukla : Paksha.Krishna, AngaNames.Tithi(number), start, end);
    }

    internal Anga Nakshatra(double julianDay) => Build(Moon, Engine.Nakshatra.Count, julianDay, n => Engine.Nakshatra.Names[n - 1]);

    internal Anga Yoga(double julianDay) => Build(SunPlusMoon, 27, julianDay, n => AngaNames.YogaNames[n - 1]);

    internal Anga Karana(double julianDay) => Build(Elongation, 60, julianDay, AngaNames.Karana);

    /// <summary>
    /// The amanta month around an instant: the new moons before and after it, and the Sun's sidereal sign at each
    /// (sankrantis between them: 0 → adhika, 2 → kshaya).
    /// </summary>
    internal LunarMonth Month(double julianDay, Paksha paksha)
    {
        const double SynodicMonth = 29.530589;
        var elongation = Elongation(julianDay).Angle;

        // Starting guesses a mean lunation apart; Newton on the ever-growing elongation converges from there.
        var start = AngleSolver.Solve(Elongation, 0, julianDay - elongation / 360 * SynodicMonth);
        var end = AngleSolver.Solve(Elongation, 0, start + SynodicMonth);
        var signAtStart = SunSign(start);
        var sankrantis = (SunSign(end) - signAtStart + 12) % 12;

        // Sun in Meena (sign 11) at the starting new moon names Chaitra (month 1); an adhika month takes the name of
        // the month that follows it, which is named from the same sign.
        var amanta = (signAtStart + 1) % 12 + 1;
        var purnimanta = paksha == Paksha.Krishna ? amanta % 12 + 1 : amanta;
        return new LunarMonth(
            amanta,
            LunarMonth.Names[amanta - 1],
            purnimanta,
            LunarMonth.Names[purnimanta - 1],
            sankrantis == 0,
            sankrantis >= 2,
            JulianDay.ToUtc(start),
            JulianDay.ToUtc(end));
    }

    private int SunSign(double julianDay) =>
        Arc.Segment(session.Calculate(julianDay, SwissEph.BodySun, flags).Longitude - extraOffset, 12);

    private Anga Build(Func<double, AngleSample> angle, int divisions, double julianDay, Func<int, string> name)
    {
        var (number, start, end) = Find(angle, divisions, julianDay);
        return new Anga(number, name(number), start, end);
    }

    private static (int Number, DateTime Start, DateTime End) Find(Func<double, AngleSample> angle, int divisions, double julianDay)
    {
        var index = Arc.Segment(angle(julianDay).Angle, divisions);
        var span = 360.0 / divisions;
        var start = AngleSolver.Solve(angle, index * span, julianDay);
        var end = AngleSolver.Solve(angle, (index + 1) * span, julianDay);
        return (index + 1, JulianDay.ToUtc(start), JulianDay.ToUtc(end));
    }

    // The ayanamsha cancels in the elongation, so the sidereal positions serve all three angles.
    private AngleSample Elongation(double julianDay)
    {
        var (sun, moon) = Positions(julianDay);
        return new(Arc.Normalize(moon.Longitude - sun.Longitude), moon.LongitudeSpeed - sun.LongitudeSpeed);
    }

    private AngleSample Moon(double julianDay)
    {
        var moon = session.Calculate(julianDay, SwissEph.BodyMoon, flags);
        return new(Arc.Normalize(moon.Longitude - extraOffset), moon.LongitudeSpeed);
    }

    private AngleSample SunPlusMoon(double julianDay)
    {
        var (sun, moon) = Positions(julianDay);
        return new(Arc.Normalize(sun.Longitude + moon.Longitude - 2 * extraOffset), sun.LongitudeSpeed + moon.LongitudeSpeed);
    }

    private (BodyCoordinates Sun, BodyCoordinates Moon) Positions(double julianDay) =>
        (session.Calculate(julianDay, SwissEph.BodySun, flags), session.Calculate(julianDay, SwissEph.BodyMoon, flags));
}
