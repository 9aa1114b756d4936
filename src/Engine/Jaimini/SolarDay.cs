using Jyotishika.Engine.Native;
using Jyotishika.Engine.Panchang;

namespace Jyotishika.Engine.Jaimini;

/// <summary>
/// The (sunrise to sunrise) day around a birth, Julian days in UT: the last sunrise at or before birth, the sunset after
/// it and the next sunrise, and the weekday (0 = Sunday) that sunrise names.
/// </summary>
internal sealed record SolarDay(double Sunrise, double Sunset, double NextSunrise, int Weekday)
{
    /// <summary>Reads the day under a rise convention. Must run inside one pool job; no sidereal mode is involved.</summary>
    internal static SolarDay Read(EphemerisSession session, double birth, double latitude, double longitude, RiseConvention rise)
    {
        var convention = rise == RiseConvention.HinduDiscCentre ? SwissEph.HinduRising : 0;

        double Next(double from, int kind) =>
            session.NextRiseOrSet(from, SwissEph.BodySun, kind | convention, latitude, longitude)
            ?? throw new InvalidInputException(new InputProblem(InputPart.Latitude, ProblemKind.NoSolution));

        // Start a little more than a day back and step forward: the first sunrise after birth ends the walk.
        var sunrise = Next(birth - 1.1, SwissEph.CalcRise);
        var nextSunrise = Next(sunrise + 0.01, SwissEph.CalcRise);
        while (nextSunrise <= birth)
        {
            sunrise = nextSunrise;
            nextSunrise = Next(sunrise + 0.01, SwissEph.CalcRise);
        }

        // The weekday is the local (mean time) date of the sunrise, as the Vedic day runs from sunrise.
        var dayNumber = (long)Math.Floor(sunrise + 0.5 + longitude / 360.0);
        return new SolarDay(sunrise, Next(sunrise, SwissEph.CalcSet), nextSunrise, (int)((dayNumber + 1) % 7));
    }
}
