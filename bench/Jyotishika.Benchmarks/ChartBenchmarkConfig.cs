using BenchmarkDotNet.Jobs;

namespace Jyotishika.Benchmarks;

/// <summary>
/// A short job that fits a shared 2-core machine: one invocation is 1,000 charts (~0.1 s), so no unrolling; 3 warm-up
/// and 15 measured iterations of ~0.5 s. Median and minimum are shown beside the mean because the host is noisy.
/// </summary>
internal sealed class ChartBenchmarkConfig() : SharedMachineConfig(Job.Default.WithWarmupCount(3).WithIterationCount(15).WithUnrollFactor(1).WithId("Short"));
