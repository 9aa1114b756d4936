using BenchmarkDotNet.Jobs;

namespace Jyotishika.Benchmarks;

/// <summary>One load (~0.5 s) per invocation, each in a fresh iteration.</summary>
internal sealed class PlaceLoadBenchmarkConfig() : SharedMachineConfig(Job.Default.WithWarmupCount(1).WithIterationCount(8).WithInvocationCount(1).WithUnrollFactor(1).WithId("Load"));
