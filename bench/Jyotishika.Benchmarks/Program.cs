using BenchmarkDotNet.Running;
using Jyotishika.Benchmarks;

if (args.Length > 0 && args[0] == "paired")
{
    return PairedComparison.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(ChartBenchmarks).Assembly).Run(args);
return 0;
