using BenchmarkDotNet.Attributes;
using Jyotishika.Engine;
using Jyotishika.Engine.Native;
using Jyotishika.Server.Features.Charts.Pictures;

namespace Jyotishika.Benchmarks;

/// <summary>
/// What drawing a chart costs beside computing it: one birth (Pune 1991), the chart computed on a one-thread pool (the
/// baseline), then its picture drawn as SVG in two styles and vargas, and as PNG at the default and a large size.
/// </summary>
[Config(typeof(WorkloadBenchmarkConfig))]
public class ChartPictureBenchmarks
{
    private static readonly ChartInput Pune = new(new DateTime(1991, 3, 25, 4, 16, 0, DateTimeKind.Utc), 18.5204, 73.8567, ChartSettings.Default);

    private EphemerisPool? pool;
    private ChartEngine? engine;
    private Chart? chart;
    private byte[] northSvg = [];
    private byte[] largeSvg = [];

    [GlobalSetup]
    public void Setup()
    {
        pool = new EphemerisPool(new EphemerisPoolOptions { EphemerisPath = ChartBenchmarks.EphemerisPath, ThreadCount = 1 });
        engine = new ChartEngine(pool);
        chart = engine.ComputeAsync(Pune).GetAwaiter().GetResult();
        northSvg = ChartSvg.Render(ChartPicture.Of(chart, 1), new ChartPictureOptions());
        largeSvg = ChartSvg.Render(ChartPicture.Of(chart, 1), new ChartPictureOptions(Size: 1024));
    }

    [GlobalCleanup]
    public void Cleanup() => pool?.Dispose();

    [Benchmark(Baseline = true, Description = "Compute the chart")]
    public async Task<double> Compute() => (await engine!.ComputeAsync(Pune).ConfigureAwait(false)).Ascendant.Longitude;

    [Benchmark(Description = "SVG, North, D1, 480 px")]
    public int SvgNorth() => ChartSvg.Render(ChartPicture.Of(chart!, 1), new ChartPictureOptions()).Length;

    [Benchmark(Description = "SVG, South, D9, Devanagari, 480 px")]
    public int SvgSouthNavamsa() =>
        ChartSvg.Render(ChartPicture.Of(chart!, 9), new ChartPictureOptions(ChartStyle.South, Language: LabelLanguage.Devanagari)).Length;

    [Benchmark(Description = "PNG from the SVG, 480 px")]
    public int Png() => ChartPng.Render(northSvg, 480).Length;

    [Benchmark(Description = "PNG from the SVG, 1024 px")]
    public int PngLarge() => ChartPng.Render(largeSvg, 1024).Length;
}
