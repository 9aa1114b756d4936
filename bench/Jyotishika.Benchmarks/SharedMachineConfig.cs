using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace Jyotishika.Benchmarks;

/// <summary>
/// What every job here shares on a noisy 2-core machine: median and minimum beside the mean, and allocations.
/// Subclasses only choose the job's length and unrolling for their invocation size.
/// </summary>
internal abstract class SharedMachineConfig : ManualConfig
{
    protected SharedMachineConfig(Job job)
    {
        AddJob(job);
        AddColumn(StatisticColumn.Median, StatisticColumn.Min);
        AddDiagnoser(MemoryDiagnoser.Default);
    }
}
