namespace Jyotishika.Engine.Ephemeris;

/// <summary>One chunk of a positions stream, computed in one synchronous job.</summary>
internal static class PositionsBatch
{
    /// <summary>Instants start + (first + i) × step for i &lt; count, each body evaluated over all of them at once.</summary>
    internal static PositionsAtInstant[] Compute(
        IBodyStates states, DateTime start, long stepTicks, long first, int count, Graha[] bodies, CancellationToken cancellationToken)
    {
        var instants = new DateTime[count];
        var julianDays = new double[count];
        for (var i = 0; i < count; i++)
        {
            instants[i] = start.AddTicks((first + i) * stepTicks);
            julianDays[i] = states.JulianDayUt(instants[i]);
        }

        var columns = new BodyPosition[bodies.Length][];
        for (var b = 0; b < bodies.Length; b++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            columns[b] = new BodyPosition[count];
            states.Evaluate(bodies[b], julianDays, columns[b]);
        }

        var result = new PositionsAtInstant[count];
        for (var i = 0; i < count; i++)
        {
            var row = new BodyPosition[bodies.Length];
            for (var b = 0; b < bodies.Length; b++)
            {
                row[b] = columns[b][i];
            }

            result[i] = new PositionsAtInstant(instants[i], julianDays[i], bodies, row);
        }

        return result;
    }
}
