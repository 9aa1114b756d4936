using System.Diagnostics;
using System.Globalization;
using Jyotishika.Engine;
using Jyotishika.Engine.Native;

namespace Jyotishika.Benchmarks;

/// <summary>
/// A noise-resistant cross-check of the BenchmarkDotNet ratios for shared machines: one process runs the workloads in
/// interleaved rounds (rotating their order each round), so background load hits all of them alike, and reports each
/// workload's median time per chart, the median of its per-round ratio to the raw calls, and the process CPU time
/// (all threads, including thread-pool spinning) it burns per chart.
/// Run with <c>dotnet run -c Release -- paired [rounds]</c>.
/// </summary>
internal static class PairedComparison
{
    private const int WarmupRounds = 3;

    internal static int Run(IReadOnlyList<string> args)
    {
        var rounds = args.Count > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 30;
        var path = ChartBenchmarks.EphemerisPath;
        SwissEph.SetEphePath(path);
        var session = new EphemerisSession();
        using var pool1 = new EphemerisPool(new EphemerisPoolOptions { EphemerisPath = path, ThreadCount = 1 });
        using var pool2 = new EphemerisPool(new EphemerisPoolOptions { EphemerisPath = path, ThreadCount = 2 });
        var engine1 = new ChartEngine(pool1);
        var engine2 = new ChartEngine(pool2);
        var tasks = new Task<Chart>[ChartBenchmarks.ChartsPerInvocation];

        Console.WriteLine($"libswe {EphemerisPool.LibraryVersion}, {Environment.ProcessorCount} processors, .NET {Environment.Version}");
        Console.WriteLine(
            $"Paired comparison: {rounds} rounds of {ChartBenchmarks.ChartsPerInvocation} charts per workload, " +
            "order rotated each round; wall-clock µs per chart (median, min), median per-round ratio to the raw calls " +
            "[p25–p75], and median process CPU time (all threads) per chart.");
        foreach (var order in Enum.GetValues<InputOrder>())
        {
            var inputs = ChartInputs.Create(ChartBenchmarks.ChartsPerInvocation, order);
            ChartWorkloads.CheckRawMatchesEngine(session, engine2, inputs);
            (string Name, Func<double> Work)[] workloads =
            [
                ("Raw native calls", () => ChartWorkloads.RawNative(inputs)),
                ("Engine, synchronous", () => ChartWorkloads.EngineSynchronous(session, inputs)),
                ("Pool(1), one at a time", () => ChartWorkloads.PoolSequential(engine1, inputs).GetAwaiter().GetResult()),
                ("Pool(1), 1000 in flight", () => ChartWorkloads.PoolBatch(engine1, inputs, tasks).GetAwaiter().GetResult()),
                ("Pool(2), 1000 in flight", () => ChartWorkloads.PoolBatch(engine2, inputs, tasks).GetAwaiter().GetResult()),
            ];

            var times = new double[workloads.Length][];
            var cpu = new double[workloads.Length][];
            for (var w = 0; w < workloads.Length; w++)
            {
                times[w] = new double[rounds];
                cpu[w] = new double[rounds];
            }

            for (var round = -WarmupRounds; round < rounds; round++)
            {
                for (var k = 0; k < workloads.Length; k++)
                {
                    var w = (k + Math.Max(round, 0)) % workloads.Length;
                    var cpuStart = Environment.CpuUsage.TotalTime;
                    var start = Stopwatch.GetTimestamp();
                    workloads[w].Work();
                    var microseconds = Stopwatch.GetElapsedTime(start).TotalMicroseconds / ChartBenchmarks.ChartsPerInvocation;
                    var cpuMicroseconds = (Environment.CpuUsage.TotalTime - cpuStart).TotalMicroseconds / ChartBenchmarks.ChartsPerInvocation;
                    if (round >= 0)
                    {
                        times[w][round] = microseconds;
                        cpu[w][round] = cpuMicroseconds;
                    }
                }
            }

            Console.WriteLine($"Order = {order}");
            for (var w = 0; w < workloads.Length; w++)
            {
                var ratios = times[w].Select((t, round) => t / times[0][round]).Order().ToArray();
                var sorted = times[w].Order().ToArray();
                var cpuSorted = cpu[w].Order().ToArray();
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"  {workloads[w].Name,-24} median {Percentile(sorted, 0.5),7:0.0} µs  min {sorted[0],7:0.0} µs  " +
                    $"ratio {Percentile(ratios, 0.5):0.000} [{Percentile(ratios, 0.25):0.000}–{Percentile(ratios, 0.75):0.000}]  " +
                    $"process CPU {Percentile(cpuSorted, 0.5),6:0.0} µs"));
            }
        }

        SwissEph.Close();
        return 0;
    }

    private static double Percentile(double[] sorted, double fraction)
    {
        var position = fraction * (sorted.Length - 1);
        var lower = (int)Math.Floor(position);
        var upper = Math.Min(lower + 1, sorted.Length - 1);
        return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
    }
}
