using Jyotishika.Engine.FastPath;

namespace Jyotishika.Engine.Tests.FastPath;

/// <summary>
/// Whole charts from the engine with the fast path against native charts: every number within the contract and every
/// classification (sign, nakshatra, navamsa, house, combustion, station, retrogression) the same.
/// </summary>
[TestFixture]
public sealed class FastChartTests
{
    public static IEnumerable<TestCaseData> Settings()
    {
        yield return new TestCaseData(ChartSettings.Default).SetName("Default settings");
        yield return new TestCaseData(ChartSettings.Default with { NodeType = NodeType.True, IncludeOuterPlanets = true }).SetName("True node, outer planets");
        yield return new TestCaseData(ChartSettings.Default with { Ayanamsha = Ayanamsha.Vedanjanam, HouseSystem = HouseSystem.Porphyry }).SetName("Vedanjanam, Porphyry");
        yield return new TestCaseData(ChartSettings.Default with { Ayanamsha = Ayanamsha.Krishnamurti, HouseSystem = HouseSystem.Equal }).SetName("Krishnamurti, equal");
        yield return new TestCaseData(ChartSettings.Default with { TimeScale = TimeScale.UtcAsUt }).SetName("UTC read as UT");
    }

    [TestCaseSource(nameof(Settings))]
    public async Task Fast_charts_equal_native_charts_within_the_contract(ChartSettings settings)
    {
        var answered = 0;
        foreach (var input in FastPathCases.Charts(500, 61, settings))
        {
            var chart = await FastPathTables.Engine.ComputeAsync(input).ConfigureAwait(false);
            var native = await FastPathTables.Engine.ComputeAsync(input with { Path = CalculationPath.Native }).ConfigureAwait(false);
            answered += FastPathTables.Engine.TryCompute(input, out _) ? 1 : 0;
            ChartComparison.AssertWithinContract(chart, native);
        }

        Assert.That(answered, Is.GreaterThan(480), "charts the fast path answered");
    }

    [Test]
    public void Positions_do_not_depend_on_the_house_system()
    {
        var placidus = ChartSettings.Default with { HouseSystem = HouseSystem.Placidus };
        var positions = new BodyPosition[1];
        Assert.Multiple(() =>
        {
            Assert.That(FastPathTables.Fast.Supports(placidus), Is.False, "charts: Placidus is the library's");
            Assert.That(FastPathTables.Fast.SupportsPositions(placidus), Is.True, "positions: any house system");
            Assert.That(FastPathTables.Fast.GetPositions(Graha.Moon, [2451545.0], placidus, positions), Is.EqualTo(1));
            Assert.That(FastPathTables.Fast.SupportsPositions(placidus with { PositionType = PositionType.Geometric }), Is.False);
            Assert.That(FastPathTables.Fast.SupportsPositions(placidus with { Ayanamsha = Ayanamsha.TrueCitra }), Is.False);
        });
    }

    [Test]
    public void The_older_systems_reference_chart_is_answered_by_the_fast_path()
    {
        // The older system's sample request: 1991-03-25 09:46 IST in Pune.
        var input = new ChartInput(new DateTime(1991, 3, 25, 4, 16, 0, DateTimeKind.Utc), 18.5204, 73.8567, ChartSettings.Default);
        Assert.Multiple(() =>
        {
            Assert.That(FastPathTables.Engine.TryCompute(input, out var chart), Is.True);
            Assert.That(chart!.Settings, Is.SameAs(ChartSettings.Default));
            Assert.That(chart.Grahas, Has.Count.EqualTo(9));
        });
    }
}
