using Jyotishika.Engine.Native;

namespace Jyotishika.Engine.Strength;

/// <summary>
/// The facts of the birth day that kaala bala reads, all Julian days in UT: the sunrise that began the (sunrise to
/// sunrise) civil day of birth, the sunset after it and the next sunrise, the apparent midnight nearest birth (the
/// Sun's lower meridian transit), the civil day's Julian day number (local date of that sunrise) and the true
/// obliquity of date.
/// </summary>
internal sealed record BirthDay(
    double Birth, double Sunrise, double Sunset, double NextSunrise, double NearestMidnight, long CivilDayNumber, double TrueObliquity)
{
    /// <summary>swe_rise_trans: SE_CALC_ITRANSIT, the lower meridian transit (local apparent midnight for the Sun).</summary>
    private const int LowerTransit = 8;

    /// <summary>Rise and set of the upper limb with refraction, as almanacs give sunrise (the panchang's default).</summary>
    private const int RiseFlags = 0;

    /// <summary>Weekday of a Julian day number, 0 = Sunday.</summary>
    internal int Weekday => (int)((CivilDayNumber + 1) % 7);

    internal bool IsDaytime => Birth < Sunset;

    /// <summary>Reads the day's events. Must run inside one pool job; no sidereal mode is involved.</summary>
    internal static BirthDay Read(EphemerisSession session, Chart chart)
    {
        var birth = chart.JulianDayUt;
        var latitude = chart.Latitude;
        var longitude = chart.Longitude;

        double Next(double from, int kind) =>
            session.NextRiseOrSet(from, SwissEph.BodySun, kind, latitude, longitude)
            ?? throw new InvalidInputException(new InputProblem(InputPart.Latitude, ProblemKind.NoSolution));

        // The last sunrise at or before birth: start a little more than a day back and step forward; the first sunrise
        // after birth ends the walk and is the next sunrise.
        var sunrise = Next(birth - 1.1, SwissEph.CalcRise | RiseFlags);
        var nextSunrise = Next(sunrise + 0.01, SwissEph.CalcRise | RiseFlags);
        while (nextSunrise <= birth)
        {
            sunrise = nextSunrise;
            nextSunrise = Next(sunrise + 0.01, SwissEph.CalcRise | RiseFlags);
        }

        var sunset = Next(sunrise, SwissEph.CalcSet | RiseFlags);

        // Lower transits are a day apart to within a minute, so the first after birth − ½ day is the nearest; only
        // when it falls almost half a day after birth can the one before be nearer.
        var nearestMidnight = Next(birth - 0.5, LowerTransit);
        if (nearestMidnight - birth > 0.49)
        {
            var before = Next(nearestMidnight - 1.01, LowerTransit);
            nearestMidnight = birth - before <= nearestMidnight - birth ? before : nearestMidnight;
        }

        // The civil day is named by the local (mean time) date of its sunrise.
        var civilDay = (long)Math.Floor(sunrise + 0.5 + longitude / 360.0);
        var obliquity = session.Calculate(birth, SwissEph.BodyNutation, SwissEph.FlagSwissEphemeris).Longitude;
        return new BirthDay(birth, sunrise, sunset, nextSunrise, nearestMidnight, civilDay, obliquity);
    }
}
