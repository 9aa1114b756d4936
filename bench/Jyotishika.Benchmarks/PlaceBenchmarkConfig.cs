using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace Jyotishika.Benchmarks;

/// <summary>
/// Like <see cref="ChartBenchmarkConfig"/>, a short job for a shared 2-core machine (3 warm-up and 15 measured
/// iterations, median and minimum shown), but with default unrolling, as these calls take micro- rather than milliseconds.
/// </summary>
internal sealed class PlaceBenchmarkConfig : ManualConfig
{
    public PlaceBenchmarkConfig()
    {
        AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(15).WithId("Short"));
        AddColumn(StatisticColumn.Median, StatisticColumn.Min);
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
