using BenchmarkDotNet.Attributes;
using Jyotishika.Engine;
using Jyotishika.Engine.Native;
using Jyotishika.Engine.Panchang;
using NodaTime;

namespace Jyotishika.Benchmarks;

/// <summary>
/// One month of panchang: <see cref="DaysPerInvocation"/> consecutive local days at Delhi (Asia/Kolkata) from
/// 2026-11-01, computed one at a time through <see cref="PanchangEngine"/> on a one-thread pool. Reported per month
/// (the mean) and per day (the mean divided by <see cref="DaysPerInvocation"/>).
/// </summary>
[Config(typeof(WorkloadBenchmarkConfig))]
public class PanchangBenchmarks
{
    public const int DaysPerInvocation = 30;

    private const double Latitude = 28.6139;
    private const double Longitude = 77.2090;

    private EphemerisPool? pool;
    private PanchangEngine? engine;
    private PanchangInput[] inputs = [];

    [GlobalSetup]
    public void Setup()
    {
        pool = new EphemerisPool(new EphemerisPoolOptions { EphemerisPath = ChartBenchmarks.EphemerisPath, ThreadCount = 1 });
        engine = new PanchangEngine(pool);
        var zone = DateTimeZoneProviders.Tzdb["Asia/Kolkata"];
        var first = new LocalDate(2026, 11, 1);
        inputs = [.. Enumerable.Range(0, DaysPerInvocation)
            .Select(day => new PanchangInput(first.PlusDays(day), Latitude, Longitude, zone, ChartSettings.Default))];
    }

    [GlobalCleanup]
    public void Cleanup() => pool?.Dispose();

    [Benchmark(Description = "Panchang, 30 days, one at a time (per month)")]
    public async Task<int> Month()
    {
        var tithis = 0;
        foreach (var input in inputs)
        {
            tithis += (await engine!.ComputeAsync(input).ConfigureAwait(false)).Tithi.Number;
        }

        return tithis;
    }
}
