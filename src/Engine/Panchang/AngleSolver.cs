using Jyotishika.Engine.Native;

namespace Jyotishika.Engine.Panchang;

/// <summary>An angle built from Sun and Moon longitudes and its rate (degrees per day) at one instant.</summary>
internal readonly record struct AngleSample(double Angle, double Speed);

/// <summary>
/// Finds when an angle that only grows (elongation, the Moon, Sun + Moon: all faster than ~10°/day) reaches a boundary.
/// Newton steps with the library's own speeds converge quadratically: 3–4 steps from anywhere inside a segment.
/// </summary>
internal static class AngleSolver
{
    /// <summary>0.0005″: far below the 1″ the boundaries are promised to, and above double rounding of longitudes.</summary>
    private const double ToleranceDegrees = 0.0005 / 3600;

    private const int MaxSteps = 30;

    /// <summary>The instant near <paramref name="startJd"/> where the angle equals <paramref name="boundary"/> modulo 360°.</summary>
    internal static double Solve(Func<double, AngleSample> angle, double boundary, double startJd)
    {
        var jd = startJd;
        for (var step = 0; step < MaxSteps; step++)
        {
            var sample = angle(jd);
            var difference = SignedDifference(boundary, sample.Angle);
            if (Math.Abs(difference) < ToleranceDegrees)
            {
                return jd;
            }

            if (sample.Speed <= 0)
            {
                throw new EphemerisException($"Angle rate {sample.Speed}°/day at JD {jd} is not positive");
            }

            jd += difference / sample.Speed;
        }

        throw new EphemerisException($"No convergence to {boundary}° near JD {startJd}");
    }

    /// <summary>target − value brought into (−180°, 180°].</summary>
    internal static double SignedDifference(double target, double value)
    {
        var difference = Arc.Normalize(target - value);
        return difference > 180 ? difference - 360 : difference;
    }
}
