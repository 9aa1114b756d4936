using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Jyotishika.Engine;
using Jyotishika.Engine.FastPath;
using Jyotishika.Engine.Native;

namespace Jyotishika.Benchmarks;

/// <summary>
/// The fast path against the native library in the same run, one thread each. <c>Chart</c>: the full default chart
/// (Lahiri, whole sign, mean node) for the same 1,000 random charts as <see cref="ChartBenchmarks"/>, results per chart;
/// the fast side falls back to the library on this thread for the few charts it declines, so it does the same work.
/// <c>Batch</c>: sidereal positions of all twelve bodies at 10,000 random instants, results per position.
/// </summary>
[Config(typeof(FastPathBenchmarkConfig))]
public class FastPathBenchmarks
{
    public const int ChartsPerInvocation = 1000;
    public const int BatchInstants = 10_000;

    private static readonly Graha[] Bodies = Enum.GetValues<Graha>();

    /// <summary>The library bodies behind <see cref="Bodies"/>, in the same order (Rahu and Ketu are both the node).</summary>
    private static readonly int[] LibraryBodies =
    [
        SwissEph.BodySun, SwissEph.BodyMoon, SwissEph.BodyMars, SwissEph.BodyMercury, SwissEph.BodyJupiter, SwissEph.BodyVenus,
        SwissEph.BodySaturn, SwissEph.BodyMeanNode, SwissEph.BodyMeanNode, SwissEph.BodyUranus, SwissEph.BodyNeptune, SwissEph.BodyPluto,
    ];

    private ChartInput[] inputs = [];
    private double[] julianDays = [];
    private BodyPosition[] positions = [];
    private EphemerisSession? session;
    private EphemerisPool? pool;
    private FastEphemeris? fast;
    private ChartEngine? engine;
    private int setupThreadId;

    [GlobalSetup]
    public void Setup()
    {
        setupThreadId = Environment.CurrentManagedThreadId;
        SwissEph.SetEphePath(ChartBenchmarks.EphemerisPath);
        session = new EphemerisSession();
        pool = new EphemerisPool(new EphemerisPoolOptions { EphemerisPath = ChartBenchmarks.EphemerisPath, ThreadCount = 1 });
        fast = FastEphemeris.LoadOrBuildAsync(pool).GetAwaiter().GetResult();
        engine = new ChartEngine(pool, fast);
        inputs = ChartInputs.Create(ChartsPerInvocation, InputOrder.Random);
        var answered = inputs.Count(input => fast.TryCompute(input, out _));
        Console.WriteLine($"// fast path: {fast.Info}; answers {answered}/{inputs.Length} benchmark charts; width {fast.Width}");

#pragma warning disable CA5394 // A seeded, reproducible generator is the point.
        var random = new Random(ChartInputs.Seed);
        julianDays = Enumerable.Range(0, BatchInstants).Select(_ => 2415020.5 + random.NextDouble() * 73049).ToArray();
#pragma warning restore CA5394
        positions = new BodyPosition[BatchInstants];
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        pool?.Dispose();
        SwissEph.Close();
    }

    [BenchmarkCategory("Chart")]
    [Benchmark(Baseline = true, OperationsPerInvoke = ChartsPerInvocation, Description = "Chart, native")]
    public double NativeChart()
    {
        EnsureSetupThread();
        var sum = 0.0;
        foreach (var input in inputs)
        {
            sum += ChartCalculator.Compute(session!, input).Ascendant.Longitude;
        }

        return sum;
    }

    [BenchmarkCategory("Chart")]
    [Benchmark(OperationsPerInvoke = ChartsPerInvocation, Description = "Chart, fast path")]
    public double FastChart()
    {
        EnsureSetupThread();
        var sum = 0.0;
        foreach (var input in inputs)
        {
            var chart = fast!.TryCompute(input, out var answered) ? answered : ChartCalculator.Compute(session!, input);
            sum += chart.Ascendant.Longitude;
        }

        return sum;
    }

    /// <summary>ChartEngine.ComputeAsync with the fast path: validation included, completed synchronously.</summary>
    [BenchmarkCategory("Chart")]
    [Benchmark(OperationsPerInvoke = ChartsPerInvocation, Description = "Chart, engine ComputeAsync (fast)")]
    public async Task<double> EngineChart()
    {
        var sum = 0.0;
        foreach (var input in inputs)
        {
            sum += (await engine!.ComputeAsync(input).ConfigureAwait(false)).Ascendant.Longitude;
        }

        return sum;
    }

    [BenchmarkCategory("Batch")]
    [Benchmark(Baseline = true, OperationsPerInvoke = BatchInstants * 12, Description = "12 bodies x 10,000 instants, native")]
    public double NativeBatch()
    {
        EnsureSetupThread();
        ChartCalculator.SetSiderealMode(session!, ChartSettings.Default);
        var flags = ChartCalculator.PositionFlags(PositionType.Apparent);
        var sum = 0.0;
        foreach (var body in LibraryBodies)
        {
            foreach (var julianDay in julianDays)
            {
                sum += session!.Calculate(julianDay, body, flags).Longitude;
            }
        }

        return sum;
    }

    [BenchmarkCategory("Batch")]
    [Benchmark(OperationsPerInvoke = BatchInstants * 12, Description = "12 bodies x 10,000 instants, fast path")]
    public double FastBatch()
    {
        var sum = 0.0;
        foreach (var body in Bodies)
        {
            fast!.GetPositions(body, julianDays, ChartSettings.Default, positions);
            sum += positions[^1].Longitude;
        }

        return sum;
    }

    private void EnsureSetupThread()
    {
        if (Environment.CurrentManagedThreadId != setupThreadId)
        {
            throw new InvalidOperationException("The native library's state is per thread: benchmarks must run on the setup thread.");
        }
    }
}

/// <summary>The short job of <see cref="ChartBenchmarkConfig"/>, with a baseline per category (charts, batches).</summary>
internal sealed class FastPathBenchmarkConfig : SharedMachineConfig
{
    public FastPathBenchmarkConfig()
        : base(Job.Default.WithWarmupCount(3).WithIterationCount(15).WithUnrollFactor(1).WithId("Short"))
    {
        AddLogicalGroupRules(BenchmarkLogicalGroupRule.ByCategory);
        HideColumns("Categories");
    }
}
