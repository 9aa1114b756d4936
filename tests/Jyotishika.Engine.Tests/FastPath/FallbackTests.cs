using Jyotishika.Engine.FastPath;

namespace Jyotishika.Engine.Tests.FastPath;

/// <summary>
/// What the fast path does not answer goes to the library, and the engine's answer is then exactly the native chart:
/// a native path demanded, settings it does not serve, instants in a hole of its tables. Invalid input is rejected the
/// same way on both paths.
/// </summary>
[TestFixture]
public sealed class FallbackTests
{
    private static readonly DateTime Instant = new(1991, 3, 25, 4, 16, 0, DateTimeKind.Utc);

    public static IEnumerable<TestCaseData> NativeOnlySettings()
    {
        yield return new TestCaseData(ChartSettings.Default with { HouseSystem = HouseSystem.Placidus }).SetName("Placidus houses");
        yield return new TestCaseData(ChartSettings.Default with { PositionType = PositionType.Geometric }).SetName("Geometric positions");
        yield return new TestCaseData(ChartSettings.Default with { Ayanamsha = Ayanamsha.TrueCitra }).SetName("True Citra ayanamsha");
        yield return new TestCaseData(ChartSettings.Default with { Ayanamsha = Ayanamsha.J2000 }).SetName("J2000 ayanamsha (ecliptic of epoch)");
        yield return new TestCaseData(ChartSettings.Default with
        {
            Ayanamsha = Ayanamsha.UserDefined,
            UserAyanamsha = new UserAyanamsha(2451545, 23.85),
        }).SetName("User-defined ayanamsha");
    }

    [Test]
    public async Task A_demanded_native_path_gives_exactly_the_native_chart()
    {
        var input = new ChartInput(Instant, 18.5204, 73.8567, ChartSettings.Default) { Path = CalculationPath.Native };
        var chart = await FastPathTables.Engine.ComputeAsync(input).ConfigureAwait(false);
        var native = await EnginePool.Engine.ComputeAsync(input).ConfigureAwait(false);
        Assert.Multiple(() =>
        {
            ChartComparison.AssertIdentical(chart, native);
            Assert.That(FastPathTables.Engine.TryCompute(input, out _), Is.False, "TryCompute never answers a native request");
        });
    }

    [TestCaseSource(nameof(NativeOnlySettings))]
    public async Task Settings_the_fast_path_does_not_serve_give_exactly_the_native_chart(ChartSettings settings)
    {
        var input = new ChartInput(Instant, 18.5204, 73.8567, settings);
        var chart = await FastPathTables.Engine.ComputeAsync(input).ConfigureAwait(false);
        var native = await EnginePool.Engine.ComputeAsync(input).ConfigureAwait(false);
        Assert.Multiple(() =>
        {
            Assert.That(FastPathTables.Fast.Supports(settings), Is.False);
            Assert.That(FastPathTables.Engine.TryCompute(input, out _), Is.False);
            ChartComparison.AssertIdentical(chart, native);
        });
    }

    [Test]
    public async Task An_instant_in_a_hole_of_the_tables_gives_exactly_the_native_chart()
    {
        var hole = FirstHoleInstant(body: 2);
        var input = new ChartInput(hole, 18.5204, 73.8567, ChartSettings.Default);
        var chart = await FastPathTables.Engine.ComputeAsync(input).ConfigureAwait(false);
        var native = await EnginePool.Engine.ComputeAsync(input).ConfigureAwait(false);
        Assert.Multiple(() =>
        {
            Assert.That(FastPathTables.Fast.TryCompute(input, out _), Is.False, "the fast path declines");
            ChartComparison.AssertIdentical(chart, native);
        });
    }

    [Test]
    public async Task Positions_in_a_hole_are_filled_in_by_the_library()
    {
        var hole = FirstHoleInstant(body: 2);
        var julianDays = new[] { 2451545.0, EnginePoolJulianDay(hole), 2460000.25 };
        var positions = await FastPathTables.Engine.PositionsAsync(Graha.Mercury, julianDays, ChartSettings.Default).ConfigureAwait(false);
        var native = await FastPathTables.Engine.PositionsAsync(Graha.Mercury, julianDays, ChartSettings.Default, CalculationPath.Native)
            .ConfigureAwait(false);
        Assert.Multiple(() =>
        {
            Assert.That(FastPathTables.Fast.TryGetPosition(Graha.Mercury, julianDays[1], ChartSettings.Default, out _), Is.False);
            Assert.That(positions[1], Is.EqualTo(native[1]), "the hole instant comes from the library");
            Assert.That(positions.All(p => p.IsAnswered), Is.True);
            Assert.That(Arc.Separation(positions[0].Longitude, native[0].Longitude) * 3600, Is.LessThanOrEqualTo(FastPathContract.LongitudeArcSeconds));
        });
    }

    [Test]
    public void Out_of_range_input_is_rejected_on_both_paths()
    {
        var input = new ChartInput(new DateTime(1799, 12, 31, 0, 0, 0, DateTimeKind.Utc), 0, 0, ChartSettings.Default);
        Assert.Multiple(() =>
        {
            Assert.ThrowsAsync<InvalidInputException>(() => FastPathTables.Engine.ComputeAsync(input));
            Assert.Throws<InvalidInputException>(() => FastPathTables.Engine.TryCompute(input, out _));
            Assert.That(FastPathTables.Fast.TryCompute(input, out _), Is.False);
            Assert.ThrowsAsync<InvalidInputException>(() => FastPathTables.Engine.PositionsAsync(Graha.Sun, new[] { 2378497.0 }, ChartSettings.Default));
        });
    }

    /// <summary>The middle of the first hole in a body's series, as a UTC instant (whole milliseconds).</summary>
    private static DateTime FirstHoleInstant(int body)
    {
        var series = FastPathTables.Fast.Tables.Bodies[body]!;
        var edges = series.Boundaries;
        for (var i = 0; i < series.SegmentCount; i++)
        {
            if (series.IsHole(i) && edges[i + 1] - edges[i] > 0.02 && edges[i] > SupportedRange.FirstJulianDay + 1)
            {
                // A TT instant inside the hole; as UTC the ~1 minute of ΔT still lands inside a hole of minutes.
                var middle = 0.5 * (edges[i] + edges[i + 1]);
                var ticks = (long)Math.Round((middle - 2451544.5) * TimeSpan.TicksPerDay / TimeSpan.TicksPerMillisecond) * TimeSpan.TicksPerMillisecond;
                return new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddTicks(ticks).AddSeconds(-70);
            }
        }

        throw new InvalidOperationException("No hole in the series.");
    }

    private static double EnginePoolJulianDay(DateTime utc) =>
        FastPathTables.Fast.TryGetJulianDayUt(utc, out var julianDay) ? julianDay : throw new InvalidOperationException("No Julian day");
}
