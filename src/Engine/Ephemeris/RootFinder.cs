namespace Jyotishika.Engine.Ephemeris;

/// <summary>
/// Narrows a bracket around a sign change of a function of time to under <see cref="Tolerance"/> by Illinois false
/// position. The sign is taken as "value ≥ 0", so a root found here always lies between an instant before the change
/// and one after it, whatever the function does at exactly zero.
/// </summary>
internal static class RootFinder
{
    /// <summary>Half a second, in days: the events are promised to one second.</summary>
    internal const double Tolerance = 0.5 / 86_400;

    /// <summary>Far more than Illinois needs (≈ 5–8 evaluations from half a day); bisection alone would need 17.</summary>
    private const int MaxEvaluations = 80;

    /// <summary>
    /// The sample at the late end of the final bracket: the first instant found at which <paramref name="value"/> has
    /// the sign it has at <paramref name="high"/>. <paramref name="low"/> and <paramref name="high"/> must differ in sign.
    /// </summary>
    internal static TrackSample Solve(Func<double, TrackSample> at, Func<TrackSample, double> value, TrackSample low, TrackSample high)
    {
        var lowValue = value(low);
        var highValue = value(high);
        var lowSign = lowValue >= 0;
        if (lowSign == highValue >= 0)
        {
            throw new ArgumentException("The bracket holds no sign change.", nameof(high));
        }

        var side = 0;
        for (var evaluations = 0; high.Time - low.Time >= Tolerance; evaluations++)
        {
            if (evaluations == MaxEvaluations)
            {
                throw new InvalidOperationException($"No convergence between JD {low.Time} and {high.Time}");
            }

            var width = high.Time - low.Time;
            var time = high.Time - highValue * width / (highValue - lowValue);

            // Within half the tolerance of an end, probe exactly there: either the root is closer still and this closes
            // the bracket, or the probe moves that end across the gap. False position alone creeps towards a root
            // from one side and would keep the far end where it is.
            var margin = Tolerance / 2;
            if (!double.IsFinite(time) || width < 2 * Tolerance)
            {
                time = low.Time + width / 2;
            }
            else
            {
                time = Math.Clamp(time, low.Time + margin, high.Time - margin);
            }

            var sample = at(time);
            var sampleValue = value(sample);
            if (sampleValue >= 0 == lowSign)
            {
                low = sample;
                lowValue = sampleValue;
                if (side == -1)
                {
                    highValue /= 2;
                }

                side = -1;
            }
            else
            {
                high = sample;
                highValue = sampleValue;
                if (side == 1)
                {
                    lowValue /= 2;
                }

                side = 1;
            }
        }

        return high;
    }
}
