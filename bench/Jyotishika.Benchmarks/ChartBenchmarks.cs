using BenchmarkDotNet.Attributes;
using Jyotishika.Engine;
using Jyotishika.Engine.Native;

namespace Jyotishika.Benchmarks;

/// <summary>
/// Per-chart cost of the engine against the raw native calls for the same charts, in the same run. Every benchmark
/// computes the same <see cref="ChartsPerInvocation"/> charts (a fixed-seed set, in the same order) per invocation,
/// and results are reported per chart.
/// </summary>
[Config(typeof(ChartBenchmarkConfig))]
public class ChartBenchmarks
{
    public const int ChartsPerInvocation = 1000;

    private ChartInput[] inputs = [];
    private EphemerisSession? session;
    private EphemerisPool? pool1;
    private EphemerisPool? pool2;
    private ChartEngine? engine1;
    private ChartEngine? engine2;
    private Task<Chart>[] tasks = [];
    private int setupThreadId;

    [Params(InputOrder.Random, InputOrder.Sorted)]
    public InputOrder Order { get; set; }

    internal static string EphemerisPath => Path.Combine(AppContext.BaseDirectory, "ephe");

    [GlobalSetup]
    public void Setup()
    {
        // The library keeps its state per OS thread: the raw and synchronous benchmarks rely on running on this thread,
        // which EnsureSetupThread checks on every invocation.
        setupThreadId = Environment.CurrentManagedThreadId;
        SwissEph.SetEphePath(EphemerisPath);
        session = new EphemerisSession();
        inputs = ChartInputs.Create(ChartsPerInvocation, Order);
        tasks = new Task<Chart>[ChartsPerInvocation];
        pool1 = new EphemerisPool(new EphemerisPoolOptions { EphemerisPath = EphemerisPath, ThreadCount = 1 });
        pool2 = new EphemerisPool(new EphemerisPoolOptions { EphemerisPath = EphemerisPath, ThreadCount = 2 });
        engine1 = new ChartEngine(pool1);
        engine2 = new ChartEngine(pool2);
        ChartWorkloads.CheckRawMatchesEngine(session, engine2, inputs);
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
        return ChartWorkloads.RawNative(inputs);
    }

    /// <summary>The engine's chart (native calls plus the managed chart model) on the benchmark thread: no pool hop.</summary>
    [Benchmark(OperationsPerInvoke = ChartsPerInvocation, Description = "Engine, synchronous")]
    public double EngineSynchronous()
    {
        EnsureSetupThread();
        return ChartWorkloads.EngineSynchronous(session!, inputs);
    }

    [Benchmark(OperationsPerInvoke = ChartsPerInvocation, Description = "Pool(1), one at a time")]
    public Task<double> Pool1Sequential() => ChartWorkloads.PoolSequential(engine1!, inputs);

    [Benchmark(OperationsPerInvoke = ChartsPerInvocation, Description = "Pool(2), one at a time")]
    public Task<double> Pool2Sequential() => ChartWorkloads.PoolSequential(engine2!, inputs);

    [Benchmark(OperationsPerInvoke = ChartsPerInvocation, Description = "Pool(1), 1000 in flight")]
    public Task<double> Pool1Batch() => ChartWorkloads.PoolBatch(engine1!, inputs, tasks);

    [Benchmark(OperationsPerInvoke = ChartsPerInvocation, Description = "Pool(2), 1000 in flight")]
    public Task<double> Pool2Batch() => ChartWorkloads.PoolBatch(engine2!, inputs, tasks);

    private void EnsureSetupThread()
    {
        if (Environment.CurrentManagedThreadId != setupThreadId)
        {
            throw new InvalidOperationException(
                $"Benchmark runs on thread {Environment.CurrentManagedThreadId}, but the ephemeris path was set on thread " +
                $"{setupThreadId}: the native library's state is per thread, so this measurement would be wrong.");
        }
    }
}
