using BenchmarkDotNet.Attributes;
using Jyotishika.Engine.Places;

namespace Jyotishika.Benchmarks;

/// <summary>One place search per call, as a client typing a name would make.</summary>
[Config(typeof(PlaceBenchmarkConfig))]
public class PlaceSearchBenchmarks
{
    private PlaceIndex? index;

    /// <summary>Prefixes of 1, 3 and 6 characters: the shorter, the more keys share the prefix and are scanned.</summary>
    [Params("s", "san", "sao pa")]
    public string Prefix { get; set; } = "";

    [GlobalSetup]
    public void Setup() => index = PlaceIndex.Load(PlaceIndex.DefaultPath);

    [Benchmark(Baseline = true, Description = "Search, top 10")]
    public int Search() => index!.Search(Prefix, 10).Count;

    [Benchmark(Description = "Search, top 10 in IN")]
    public int SearchInCountry() => index!.Search(Prefix, 10, "IN").Count;
}
