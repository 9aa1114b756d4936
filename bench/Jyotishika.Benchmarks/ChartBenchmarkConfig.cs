using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace Jyotishika.Benchmarks;

/// <summary>
/// A short job that fits a shared 2-core machine: one invocation is 1,000 charts (~0.1 s), so no unrolling; 3 warm-up
/// and 15 measured iterations of ~0.5 s. Median and minimum are shown beside the mean because the host is noisy.
/// </summary>
internal sealed class ChartBenchmarkConfig : ManualConfig
{
    public ChartBenchmarkConfig()
    {
        AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(15).WithUnrollFactor(1).WithId("Short"));
        AddColumn(StatisticColumn.Median, StatisticColumn.Min);
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
