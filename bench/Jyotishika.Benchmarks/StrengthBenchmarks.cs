using BenchmarkDotNet.Attributes;
using Jyotishika.Engine;
using Jyotishika.Engine.Analysis;
using Jyotishika.Engine.Ashtakavarga;
using Jyotishika.Engine.Aspects;
using Jyotishika.Engine.Native;
using Jyotishika.Engine.Strength;

namespace Jyotishika.Benchmarks;

/// <summary>
/// A strength report beside the chart it reads: one birth (Pune 1991) computed on a one-thread pool (the baseline), then
/// its shadbala (one pool job for the day's sunrises, sunset and midnight, then the arithmetic), its ashtakavarga and its
/// graha and rasi aspects.
/// </summary>
[Config(typeof(WorkloadBenchmarkConfig))]
public class StrengthBenchmarks
{
    private static readonly ChartInput Pune = new(new DateTime(1991, 3, 25, 4, 16, 0, DateTimeKind.Utc), 18.5204, 73.8567, ChartSettings.Default);

    private EphemerisPool? pool;
    private ChartEngine? engine;
    private Chart? chart;
    private SignChart? signs;

    [GlobalSetup]
    public void Setup()
    {
        pool = new EphemerisPool(new EphemerisPoolOptions { EphemerisPath = ChartBenchmarks.EphemerisPath, ThreadCount = 1 });
        engine = new ChartEngine(pool);
        chart = engine.ComputeAsync(Pune).GetAwaiter().GetResult();
        signs = SignChart.Of(chart);
    }

    [GlobalCleanup]
    public void Cleanup() => pool?.Dispose();

    [Benchmark(Baseline = true, Description = "Compute the chart")]
    public async Task<double> Compute() => (await engine!.ComputeAsync(Pune).ConfigureAwait(false)).Ascendant.Longitude;

    [Benchmark(Description = "Shadbala, seven grahas")]
    public async Task<double> ShadbalaOfChart() => (await Shadbala.ComputeAsync(pool!, chart!).ConfigureAwait(false)).Grahas[0].TotalVirupas;

    [Benchmark(Description = "Ashtakavarga (bhinna, sarva, sodhana, pindas)")]
    public int Ashtakavarga() => AshtakavargaCalculator.Compute(signs!).Sarva[0];

    [Benchmark(Description = "Graha and rasi aspects")]
    public int Aspects() => GrahaDrishti.Of(signs!).Count + RasiDrishti.Of(signs!).Count;
}
