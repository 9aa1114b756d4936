using Jyotishika.Engine;
using Jyotishika.Engine.Native;

namespace Jyotishika.Benchmarks;

/// <summary>
/// The measured workloads, shared by <see cref="ChartBenchmarks"/> and <see cref="PairedComparison"/> so both time the
/// same code. Each computes every input once and returns a sum of results so nothing can be optimised away.
/// </summary>
internal static class ChartWorkloads
{
    /// <summary>The raw P/Invoke calls for each chart. The calling thread must have set the ephemeris path.</summary>
    internal static double RawNative(ChartInput[] inputs)
    {
        var sum = 0.0;
        foreach (var input in inputs)
        {
            sum += RawChart.Compute(input).Ascendant;
        }

        return sum;
    }

    /// <summary>The engine's chart on the calling thread (no pool). The calling thread must have set the ephemeris path.</summary>
    internal static double EngineSynchronous(EphemerisSession session, ChartInput[] inputs)
    {
        var sum = 0.0;
        foreach (var input in inputs)
        {
            sum += ChartCalculator.Compute(session, input).Ascendant.Longitude;
        }

        return sum;
    }

    /// <summary>ComputeAsync awaited one chart at a time: validation, queue, thread hop and continuation per chart.</summary>
    internal static async Task<double> PoolSequential(ChartEngine engine, ChartInput[] inputs)
    {
        var sum = 0.0;
        foreach (var input in inputs)
        {
            var chart = await engine.ComputeAsync(input).ConfigureAwait(false);
            sum += chart.Ascendant.Longitude;
        }

        return sum;
    }

    /// <summary>Every chart queued at once, then awaited: the pool's throughput with all its threads busy.</summary>
    internal static async Task<double> PoolBatch(ChartEngine engine, ChartInput[] inputs, Task<Chart>[] tasks)
    {
        for (var i = 0; i < inputs.Length; i++)
        {
            tasks[i] = engine.ComputeAsync(inputs[i]);
        }

        var sum = 0.0;
        foreach (var task in tasks)
        {
            sum += (await task.ConfigureAwait(false)).Ascendant.Longitude;
        }

        return sum;
    }

    /// <summary>Throws if the baseline and the engine disagree for any of the first inputs, i.e. if they do different work.</summary>
    internal static void CheckRawMatchesEngine(EphemerisSession session, ChartEngine engine, ChartInput[] inputs)
    {
        foreach (var input in inputs.Take(50))
        {
            var raw = RawChart.Compute(input);
            var chart = ChartCalculator.Compute(session, input);
            var pooled = engine.ComputeAsync(input).GetAwaiter().GetResult();
            var same = raw.JulianDayUt == chart.JulianDayUt
                && raw.Ayanamsha == chart.AyanamshaDegrees
                && raw.Ascendant == chart.Ascendant.Longitude
                && raw.Midheaven == chart.Midheaven.Longitude
                && raw.Longitudes[0] == chart.Grahas[0].Longitude
                && raw.Longitudes[1] == chart.Grahas[1].Longitude
                && raw.Longitudes[7] == chart.Grahas[7].Longitude
                && pooled.Ascendant == chart.Ascendant
                && pooled.Grahas[1].Longitude == chart.Grahas[1].Longitude;
            if (!same)
            {
                throw new InvalidOperationException($"Raw calls and engine disagree for {input}");
            }
        }
    }
}
