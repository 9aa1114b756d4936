using BenchmarkDotNet.Attributes;
using Jyotishika.Engine;
using Jyotishika.Engine.Native;
using Jyotishika.Engine.Vargas;

namespace Jyotishika.Benchmarks;

/// <summary>
/// Divisional charts of one precomputed chart (Delhi, 1990-06-15 04:30 UTC): every named varga
/// (<see cref="Enum.GetValues{TEnum}"/> of <see cref="Varga"/>, ascendant plus every graha) per invocation, and D9 alone
/// for comparison. Pure arithmetic; no ephemeris calls are timed.
/// </summary>
[Config(typeof(PlaceBenchmarkConfig))]
public class VargaBenchmarks
{
    private static readonly int[] Divisions = [.. Enum.GetValues<Varga>().Select(v => (int)v)];

    private Chart? chart;

    [GlobalSetup]
    public void Setup()
    {
        using var pool = new EphemerisPool(
            new EphemerisPoolOptions { EphemerisPath = ChartBenchmarks.EphemerisPath, ThreadCount = 1 });
        chart = new ChartEngine(pool)
            .ComputeAsync(new ChartInput(new DateTime(1990, 6, 15, 4, 30, 0, DateTimeKind.Utc), 28.6139, 77.2090, ChartSettings.Default))
            .GetAwaiter().GetResult();
        Console.WriteLine($"// Vargas: {Divisions.Length} named, {chart.Grahas.Count + 1} positions each");
    }

    [Benchmark(Baseline = true, Description = "All named vargas (per chart)")]
    public int AllNamedVargas()
    {
        var count = 0;
        foreach (var division in Divisions)
        {
            count += DivisionalChart.For(chart!, division).Count;
        }

        return count;
    }

    [Benchmark(Description = "D9 only (per chart)")]
    public int NavamsaOnly() => DivisionalChart.For(chart!, (int)Varga.Navamsa).Count;
}
