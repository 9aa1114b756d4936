using BenchmarkDotNet.Attributes;
using Jyotishika.Engine.Dasha;

namespace Jyotishika.Benchmarks;

/// <summary>
/// Vimshottari dasha periods from birth over 120 years (Julian years): the full six-level tree enumerated to the end,
/// the three-level tree for comparison, and the six periods running at one instant, reported per instant over
/// <see cref="InstantsPerInvocation"/> instants spread over the 120 years. The tree benchmarks return the number of
/// periods, printed once by <see cref="Setup"/> so that periods per second can be derived from the mean.
/// </summary>
[Config(typeof(WorkloadBenchmarkConfig))]
public class DashaBenchmarks
{
    public const int InstantsPerInvocation = 1000;

    private const double MoonLongitude = 123.456;

    private static readonly DateTime BirthUtc = new(1990, 6, 15, 4, 30, 0, DateTimeKind.Utc);
    private static readonly DateTime EndUtc = BirthUtc.AddDays(120 * 365.25);

    private DateTime[] instants = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261125);
        var spanTicks = (EndUtc - BirthUtc).Ticks;
        instants = new DateTime[InstantsPerInvocation];
        for (var i = 0; i < instants.Length; i++)
        {
            instants[i] = BirthUtc.AddTicks((long)(random.NextDouble() * spanTicks));
        }

        Console.WriteLine($"// Dasha periods: depth 6 = {Tree(6)}, depth 3 = {Tree(3)}");
    }

    [Benchmark(Description = "Vimshottari tree, 6 levels, 120 y")]
    public int TreeDepth6() => Tree(6);

    [Benchmark(Description = "Vimshottari tree, 3 levels, 120 y")]
    public int TreeDepth3() => Tree(3);

    [Benchmark(OperationsPerInvoke = InstantsPerInvocation, Description = "RunningAt, 6 levels (per instant)")]
    public int RunningAtDepth6()
    {
        var count = 0;
        foreach (var at in instants)
        {
            count += DashaCalculator.RunningAt(
                DashaScheme.Vimshottari, MoonLongitude, BirthUtc, DashaYearLength.Julian, 6, at).Count;
        }

        return count;
    }

    private static int Tree(int depth)
    {
        var count = 0;
        using var periods = DashaCalculator.Periods(
            DashaScheme.Vimshottari, MoonLongitude, BirthUtc, DashaYearLength.Julian, depth, BirthUtc, EndUtc).GetEnumerator();
        while (periods.MoveNext())
        {
            count++;
        }

        return count;
    }
}
