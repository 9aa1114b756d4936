using BenchmarkDotNet.Attributes;
using Jyotishika.Engine;
using Jyotishika.Engine.Analysis;
using Jyotishika.Engine.Doshas;
using Jyotishika.Engine.Matching;
using Jyotishika.Engine.Native;
using Jyotishika.Engine.Yogas;

namespace Jyotishika.Benchmarks;

/// <summary>
/// What the sign-based analyses cost beside computing the chart they read: one birth (Pune 1991) computed on a one-thread
/// pool (the baseline), then its yogas, its Manglik and Kaal Sarp readings, one Ashtakoota and one porutham match, and a
/// ranking of 1,000 candidates.
/// </summary>
[Config(typeof(WorkloadBenchmarkConfig))]
public class AnalysisBenchmarks
{
    private static readonly ChartInput Pune = new(new DateTime(1991, 3, 25, 4, 16, 0, DateTimeKind.Utc), 18.5204, 73.8567, ChartSettings.Default);

    private static readonly MoonStar[] Candidates = Enumerable.Range(0, 1_000).Select(index => MoonStar.FromPadaIndex(index * 7 % 108)).ToArray();

    private EphemerisPool? pool;
    private ChartEngine? engine;
    private SignChart? chart;

    [GlobalSetup]
    public void Setup()
    {
        pool = new EphemerisPool(new EphemerisPoolOptions { EphemerisPath = ChartBenchmarks.EphemerisPath, ThreadCount = 1 });
        engine = new ChartEngine(pool);
        chart = SignChart.Of(engine.ComputeAsync(Pune).GetAwaiter().GetResult());
    }

    [GlobalCleanup]
    public void Cleanup() => pool?.Dispose();

    [Benchmark(Baseline = true, Description = "Compute the chart")]
    public async Task<double> Compute() => (await engine!.ComputeAsync(Pune).ConfigureAwait(false)).Ascendant.Longitude;

    [Benchmark(Description = "The 57 yogas")]
    public int Yogas() => YogaEvaluator.Evaluate(chart!, YogaOptions.Default).Results.Count;

    [Benchmark(Description = "Manglik and Kaal Sarp")]
    public bool Doshas() => Manglik.Assess(chart!).Present ^ KaalSarp.Assess(chart!).Form == KaalSarpForm.Full;

    [Benchmark(Description = "Ashtakoota, one pair")]
    public double Ashtakoota() => Jyotishika.Engine.Matching.Ashtakoota.Match(new MoonStar(3, 2), new MoonStar(4, 1)).TotalPoints;

    [Benchmark(Description = "Poruthams, one pair")]
    public int Poruthams() => Jyotishika.Engine.Matching.Poruthams.Match(new MoonStar(10, 3), new MoonStar(21, 2)).Agreements;

    [Benchmark(Description = "Rank 1,000 candidates (Ashtakoota)")]
    public int Rank() => MatchRanking.Rank(new MoonStar(1, 1), MatchRole.Groom, Candidates).Count;
}
