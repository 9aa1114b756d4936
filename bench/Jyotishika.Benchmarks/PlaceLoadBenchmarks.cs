using BenchmarkDotNet.Attributes;
using Jyotishika.Engine.Places;

namespace Jyotishika.Benchmarks;

/// <summary>Loading the data file: one load per invocation.</summary>
[Config(typeof(PlaceLoadBenchmarkConfig))]
public class PlaceLoadBenchmarks
{
    [Benchmark(Description = "Load places.tsv.gz")]
    public int Load() => PlaceIndex.Load(PlaceIndex.DefaultPath).Count;
}
