using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace Jyotishika.Benchmarks;

/// <summary>One load (~0.5 s) per invocation, each in a fresh iteration.</summary>
internal sealed class PlaceLoadBenchmarkConfig : ManualConfig
{
    public PlaceLoadBenchmarkConfig()
    {
        AddJob(Job.Default.WithWarmupCount(1).WithIterationCount(8).WithInvocationCount(1).WithUnrollFactor(1).WithId("Load"));
        AddColumn(StatisticColumn.Median, StatisticColumn.Min);
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
