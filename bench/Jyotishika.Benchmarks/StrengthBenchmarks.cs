using BenchmarkDotNet.Attributes;
using Jyotishika.Engine;
using Jyotishika.Engine.Analysis;
using Jyotishika.Engine.Ashtakavarga;
using Jyotishika.Engine.Aspects;
using Jyotishika.Engine.Native;
using Jyotishika.Engine.Strength;

namespace Jyotishika.Benchmarks;

/// <summary>
/// A strength report beside the chart it reads: one birth (Pune 1991) computed on the benchmark thread (the baseline: engine
/// time, no pool hop), its shadbala the same way (the day's sunrises, sunset and midnight, then the arithmetic), its
/// ashtakavarga and its graha and rasi aspects; then the chart and the shadbala as a server runs them, each one job on a
/// one-thread pool, so the hop's cost on this machine is visible beside the work.
/// </summary>
[Config(typeof(WorkloadBenchmarkConfig))]
public class StrengthBenchmarks
{
    private static readonly ChartInput Pune = new(new DateTime(1991, 3, 25, 4, 16, 0, DateTimeKind.Utc), 18.5204, 73.8567, ChartSettings.Default);

    private EphemerisPool? pool;
    private ChartEngine? engine;
    private Chart? chart;
    private SignChart? signs;
    private EphemerisSession? session;
    private int setupThreadId;

    [GlobalSetup]
    public void Setup()
    {
        pool = new EphemerisPool(new EphemerisPoolOptions { EphemerisPath = ChartBenchmarks.EphemerisPath, ThreadCount = 1 });
        engine = new ChartEngine(pool);
        chart = engine.ComputeAsync(Pune).GetAwaiter().GetResult();
        signs = SignChart.Of(chart);

        // The library keeps its state per OS thread: the synchronous benchmarks must run on this thread.
        setupThreadId = Environment.CurrentManagedThreadId;
        SwissEph.SetEphePath(ChartBenchmarks.EphemerisPath);
        session = new EphemerisSession();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        pool?.Dispose();
        SwissEph.Close();
    }

    [Benchmark(Baseline = true, Description = "Compute the chart, synchronous")]
    public double Compute()
    {
        EnsureSetupThread();
        return ChartCalculator.Compute(session!, Pune).Ascendant.Longitude;
    }

    [Benchmark(Description = "Shadbala, seven grahas, synchronous")]
    public double ShadbalaOfChart()
    {
        EnsureSetupThread();
        return Shadbala.Compute(chart!, BirthDay.Read(session!, chart!), ShadbalaOptions.Default).Grahas[0].TotalVirupas;
    }

    [Benchmark(Description = "Shadbala's day (sunrises, sunset, midnight) alone")]
    public double BirthDayAlone()
    {
        EnsureSetupThread();
        return BirthDay.Read(session!, chart!).Sunset;
    }

    [Benchmark(Description = "Compute the chart, one pool job")]
    public async Task<double> ComputeOnPool() => (await engine!.ComputeAsync(Pune).ConfigureAwait(false)).Ascendant.Longitude;

    [Benchmark(Description = "Shadbala, one pool job")]
    public async Task<double> ShadbalaOnPool() => (await Shadbala.ComputeAsync(pool!, chart!).ConfigureAwait(false)).Grahas[0].TotalVirupas;

    [Benchmark(Description = "Ashtakavarga (bhinna, sarva, sodhana, pindas)")]
    public int Ashtakavarga() => AshtakavargaCalculator.Compute(signs!).Sarva[0];

    [Benchmark(Description = "Graha and rasi aspects")]
    public int Aspects() => GrahaDrishti.Of(signs!).Count + RasiDrishti.Of(signs!).Count;

    private void EnsureSetupThread()
    {
        if (Environment.CurrentManagedThreadId != setupThreadId)
        {
            throw new InvalidOperationException("The synchronous benchmarks must run on the thread that set the ephemeris path.");
        }
    }
}
