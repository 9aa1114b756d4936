using Jyotishika.Engine.Native;

namespace Jyotishika.Engine.FastPath;

/// <summary>Reads the native library for one series kind. Runs on a pool thread, inside one job.</summary>
internal static class SeriesSampler
{
    /// <summary>Light travels one astronomical unit in this many days (the constants of the 18-series files).</summary>
    internal const double LightDaysPerAu = 149_597_870_691.0 / 299_792_458.0 / 86_400.0;

    /// <summary>Lanes one sample yields: a body's four coordinates (with native speed), nutation's two, else one.</summary>
    internal static int SampledLanes(SeriesKind kind) => kind switch
    {
        SeriesKind.Body => 4,
        SeriesKind.Nutation => 2,
        _ => 1,
    };

    /// <summary>Sets what the job's samples depend on (the sidereal mode for an ayanamsha), before any sample.</summary>
    internal static void Prepare(EphemerisSession session, SeriesPlan plan)
    {
        if (plan.Kind == SeriesKind.Ayanamsha)
        {
            session.SetSiderealMode(plan.Parameter);
        }
    }

    internal static void Sample(EphemerisSession session, SeriesPlan plan, double t, Span<double> lanes)
    {
        switch (plan.Kind)
        {
            case SeriesKind.Body:
                var body = session.CalculateTerrestrial(t, plan.Parameter, plan.Flags | SwissEph.FlagSpeed);
                lanes[0] = body.Longitude;
                lanes[1] = body.Latitude;
                lanes[2] = body.Distance;
                lanes[3] = body.LongitudeSpeed;
                break;
            case SeriesKind.DeltaT:
                lanes[0] = session.DeltaT(t) * 86_400.0;
                break;
            case SeriesKind.Nutation:
                var nutation = session.CalculateTerrestrial(t, SwissEph.BodyNutation, plan.Flags);
                lanes[0] = nutation.Longitude;
                lanes[1] = nutation.Distance;
                break;
            case SeriesKind.SiderealTime:
                // The equation of the equinoxes (Δψ·cos ε, the library's own formula) comes from the nutation series at
                // evaluation time; what remains is smooth over years.
                var nut = session.CalculateTerrestrial(t + session.DeltaT(t), SwissEph.BodyNutation, SwissEph.FlagSwissEphemeris);
                var equinoxes = nut.Distance * Math.Cos(nut.Longitude * (Math.PI / 180.0));
                lanes[0] = Angles.Wrap180(session.SiderealTime(t) * 15.0 - EarthRotation.AngleDegrees(t) - equinoxes);
                break;
            case SeriesKind.Ayanamsha:
                lanes[0] = session.AyanamshaAtTerrestrialTime(t, plan.Flags);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(plan), plan.Kind, "Unknown series kind");
        }
    }

    /// <summary>Whether a sampled lane is an angle that wraps at 360° and must be unwrapped before fitting.</summary>
    internal static bool IsWrappingAngle(SeriesKind kind, int lane) =>
        lane == 0 && kind is SeriesKind.Body or SeriesKind.SiderealTime;

    /// <summary>
    /// The instant (TT) at which a body, seen with its light time, reaches a file boundary: t − τ(t) = boundary, with τ
    /// from the apparent (light-time) distance the library reports.
    /// </summary>
    internal static double Retarded(EphemerisSession session, double boundary, int body, int flags)
    {
        var t = boundary;
        for (var i = 0; i < 4; i++)
        {
            t = boundary + session.CalculateTerrestrial(t, body, flags & ~SwissEph.FlagSpeed).Distance * LightDaysPerAu;
        }

        return t;
    }
}
