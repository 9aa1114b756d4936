using BenchmarkDotNet.Attributes;
using Jyotishika.Engine;
using Jyotishika.Engine.Native;

namespace Jyotishika.Benchmarks;

/// <summary>
/// Per-chart cost of the engine against the raw native calls for the same charts, in the same run. Every benchmark
/// computes the same <see cref="ChartsPerInvocation"/> charts (a fixed-seed set, cycled in order), and results are
/// reported per chart.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 10)]
public class ChartBenchmarks
{
    public const int ChartsPerInvocation = 1000;

    private ChartInput[] inputs = [];
    private EphemerisSession? session;
    private EphemerisPool? pool1;
    private EphemerisPool? pool2;
    private ChartEngine? engine1;
    private ChartEngine? engine2;
    private Task<Chart>[] batch = [];
    private int setupThreadId;

    [Params(InputOrder.Random, InputOrder.Sorted)]
    public InputOrder Order { get; set; }

    private static string EphemerisPath => Path.Combine(AppContext.BaseDirectory, "ephe");

    [GlobalSetup]
    public void Setup()
    {
        // The library keeps its state per OS thread: the raw and synchronous benchmarks rely on running on this thread.
        setupThreadId = Environment.CurrentManagedThreadId;
        SwissEph.SetEphePath(EphemerisPath);
        session = new EphemerisSession(EphemerisPath);
        inputs = ChartInputs.Create(ChartsPerInvocation, Order);
        batch = new Task<Chart>[ChartsPerInvocation];
        pool1 = new EphemerisPool(new EphemerisPoolOptions { EphemerisPath = EphemerisPath, ThreadCount = 1 });
        pool2 = new EphemerisPool(new EphemerisPoolOptions { EphemerisPath = EphemerisPath, ThreadCount = 2 });
        engine1 = new ChartEngine(pool1);
        engine2 = new ChartEngine(pool2);
        CheckRawMatchesEngine();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        pool1?.Dispose();
        pool2?.Dispose();
        SwissEph.Close();
    }

    /// <summary>The raw P/Invoke calls a chart needs, on the benchmark thread.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = ChartsPerInvocation, Description = "Raw native calls")]
    public double RawNative()
    {
        EnsureSetupThread();
        var sum = 0.0;
        foreach (var input in inputs)
        {
            sum += RawChart.Compute(input).Ascendant;
        }

        return sum;
    }

    /// <summary>The engine's chart (native calls plus the managed chart model) on the benchmark thread: no pool hop.</summary>
    [Benchmark(OperationsPerInvoke = ChartsPerInvocation, Description = "Engine, synchronous")]
    public double EngineSynchronous()
    {
        EnsureSetupThread();
        var current = session!;
        var sum = 0.0;
        foreach (var input in inputs)
        {
            sum += ChartCalculator.Compute(current, input).Ascendant.Longitude;
        }

        return sum;
    }

    /// <summary>ComputeAsync awaited one chart at a time: validation, queue, thread hop and continuation per chart.</summary>
    [Benchmark(OperationsPerInvoke = ChartsPerInvocation, Description = "Pool(1), one at a time")]
    public Task<double> Pool1Sequential() => Sequential(engine1!);

    [Benchmark(OperationsPerInvoke = ChartsPerInvocation, Description = "Pool(2), one at a time")]
    public Task<double> Pool2Sequential() => Sequential(engine2!);

    /// <summary>All charts queued at once, then awaited: the pool's throughput with every thread busy.</summary>
    [Benchmark(OperationsPerInvoke = ChartsPerInvocation, Description = "Pool(1), 1000 in flight")]
    public Task<double> Pool1Batch() => Batch(engine1!);

    [Benchmark(OperationsPerInvoke = ChartsPerInvocation, Description = "Pool(2), 1000 in flight")]
    public Task<double> Pool2Batch() => Batch(engine2!);

    private async Task<double> Sequential(ChartEngine engine)
    {
        var sum = 0.0;
        foreach (var input in inputs)
        {
            var chart = await engine.ComputeAsync(input).ConfigureAwait(false);
            sum += chart.Ascendant.Longitude;
        }

        return sum;
    }

    private async Task<double> Batch(ChartEngine engine)
    {
        for (var i = 0; i < inputs.Length; i++)
        {
            batch[i] = engine.ComputeAsync(inputs[i]);
        }

        var sum = 0.0;
        foreach (var task in batch)
        {
            sum += (await task.ConfigureAwait(false)).Ascendant.Longitude;
        }

        return sum;
    }

    private void EnsureSetupThread()
    {
        if (Environment.CurrentManagedThreadId != setupThreadId)
        {
            throw new InvalidOperationException(
                $"Benchmark runs on thread {Environment.CurrentManagedThreadId}, but the ephemeris path was set on thread " +
                $"{setupThreadId}: the native library's state is per thread, so this measurement would be wrong.");
        }
    }

    /// <summary>Fails the run if the baseline and the engine disagree, i.e. if they are not doing the same work.</summary>
    private void CheckRawMatchesEngine()
    {
        foreach (var input in inputs.Take(50))
        {
            var raw = RawChart.Compute(input);
            var chart = ChartCalculator.Compute(session!, input);
            var pooled = engine2!.ComputeAsync(input).GetAwaiter().GetResult();
            var same = raw.JulianDayUt == chart.JulianDayUt
                && raw.Ayanamsha == chart.AyanamshaDegrees
                && raw.Ascendant == chart.Ascendant.Longitude
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
