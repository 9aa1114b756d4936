using BenchmarkDotNet.Jobs;

namespace Jyotishika.Benchmarks;

/// <summary>
/// Like <see cref="ChartBenchmarkConfig"/> (no unrolling, median and minimum shown), but shorter, for invocations that
/// take from a millisecond to about a second (a six-level dasha tree, a month of panchang): 2 warm-up and 10 measured
/// iterations.
/// </summary>
internal sealed class WorkloadBenchmarkConfig() : SharedMachineConfig(Job.Default.WithWarmupCount(2).WithIterationCount(10).WithUnrollFactor(1).WithId("Short"));
