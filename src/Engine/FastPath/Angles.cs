namespace Jyotishika.Engine.FastPath;

/// <summary>Small angle helpers for fitting: wrapping and unwrapping longitudes sampled in [0°, 360°).</summary>
internal static class Angles
{
    /// <summary>The angle brought into (−180°, 180°].</summary>
    internal static double Wrap180(double degrees)
    {
        var result = degrees % 360.0;
        if (result > 180.0)
        {
            result -= 360.0;
        }
        else if (result <= -180.0)
        {
            result += 360.0;
        }

        return result;
    }

    /// <summary>Removes 360° jumps between consecutive samples (nodes are far closer than half a turn of motion).</summary>
    internal static void Unwrap(Span<double> samples)
    {
        for (var k = 1; k < samples.Length; k++)
        {
            samples[k] = samples[k - 1] + Wrap180(samples[k] - samples[k - 1]);
        }
    }
}
