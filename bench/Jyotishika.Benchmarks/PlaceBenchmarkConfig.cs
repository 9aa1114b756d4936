using BenchmarkDotNet.Jobs;

namespace Jyotishika.Benchmarks;

/// <summary>
/// Like <see cref="ChartBenchmarkConfig"/>, a short job for a shared 2-core machine (3 warm-up and 15 measured
/// iterations, median and minimum shown), but with default unrolling, as these calls take micro- rather than milliseconds.
/// </summary>
internal sealed class PlaceBenchmarkConfig() : SharedMachineConfig(Job.Default.WithWarmupCount(3).WithIterationCount(15).WithId("Short"));
