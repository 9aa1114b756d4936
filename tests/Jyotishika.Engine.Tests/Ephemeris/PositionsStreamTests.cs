using Jyotishika.Engine.Ephemeris;

namespace Jyotishika.Engine.Tests.Ephemeris;

/// <summary>The positions stream: the chart engine's positions at each instant, start + k × step up to end.</summary>
public sealed class PositionsStreamTests
{
    private static readonly Graha[] AllBodies = Enum.GetValues<Graha>();

    public static IEnumerable<ChartSettings> Frames()
    {
        yield return ChartSettings.Default;
        yield return new ChartSettings
        {
            Ayanamsha = Ayanamsha.Vedanjanam, NodeType = NodeType.True, PositionType = PositionType.Geometric,
        };
        yield return new ChartSettings { Ayanamsha = Ayanamsha.UserDefined, UserAyanamsha = new UserAyanamsha(2451545.0, 23.85) };
        yield return new ChartSettings { Ayanamsha = Ayanamsha.TrueCitra, NodeType = NodeType.True };
    }

    [TestCaseSource(nameof(Frames))]
    public async Task Each_instant_holds_the_positions_a_chart_reports_for_it(ChartSettings settings)
    {
        var start = new DateTime(1991, 3, 25, 4, 16, 0, DateTimeKind.Utc);
        var query = new PositionsQuery(start, start.AddDays(40), 10 * 86_400 + 3_601, AllBodies, settings);

        var streamed = await CollectAsync(query);

        Assert.That(streamed, Has.Count.EqualTo(4));
        foreach (var positions in streamed)
        {
            var chart = await EnginePool.Engine.ComputeAsync(
                new ChartInput(positions.Utc, 0, 0, settings with { IncludeOuterPlanets = true }) { Path = CalculationPath.Native });
            Assert.That(positions.JulianDayUt, Is.EqualTo(chart.JulianDayUt));
            Assert.That(positions.Bodies, Is.EqualTo(AllBodies));
            for (var i = 0; i < AllBodies.Length; i++)
            {
                var expected = chart.Grahas.Single(g => g.Graha == AllBodies[i]);
                var state = positions.States[i];
                var where = $"{AllBodies[i]} at {positions.Utc:O}";
                Assert.That(Degrees.ArcsecondsApart(state.Longitude, expected.Longitude), Is.LessThan(1e-6), where);
                Assert.That(state.Latitude, Is.EqualTo(expected.Latitude).Within(1e-12));
                Assert.That(state.DistanceAu, Is.EqualTo(expected.DistanceAu));
                Assert.That(state.Speed, Is.EqualTo(expected.Speed));
            }
        }
    }

    [TestCase("2024-01-01T00:00:00Z", "2024-01-02T00:00:00Z", 3600, 25, "2024-01-02T00:00:00Z")]
    [TestCase("2024-01-01T00:00:00Z", "2024-01-01T23:59:59Z", 3600, 24, "2024-01-01T23:00:00Z")]
    [TestCase("2024-01-01T00:00:00Z", "2024-01-01T00:00:01Z", 1, 2, "2024-01-01T00:00:01Z")]
    [TestCase("2024-01-01T00:00:00Z", "2024-01-08T00:00:00Z", 86_400 * 30, 1, "2024-01-01T00:00:00Z")]
    [TestCase("2024-01-01T00:00:00Z", "2024-01-03T00:00:00Z", 60, 2881, "2024-01-03T00:00:00Z")]
    public async Task Instants_run_from_start_by_step_and_include_end_when_a_step_lands_on_it(
        string start, string end, long step, int count, string last)
    {
        var query = new PositionsQuery(Utc(start), Utc(end), step, [Graha.Moon], ChartSettings.Default);

        var streamed = await CollectAsync(query);

        Assert.Multiple(() =>
        {
            Assert.That(streamed, Has.Count.EqualTo(count));
            Assert.That(EphemerisQueryValidator.InstantCount(query), Is.EqualTo(count));
            Assert.That(streamed[0].Utc, Is.EqualTo(Utc(start)));
            Assert.That(streamed[^1].Utc, Is.EqualTo(Utc(last)));
            Assert.That(streamed.Zip(streamed.Skip(1)).Select(p => (p.Second.Utc - p.First.Utc).TotalSeconds), Is.All.EqualTo(step));
        });
    }

    [Test]
    public async Task No_bodies_means_the_nine_grahas_and_ketu_is_opposite_rahu()
    {
        var start = Utc("2024-06-01T00:00:00Z");
        var streamed = await CollectAsync(new PositionsQuery(start, start.AddHours(1), 3600, [], ChartSettings.Default));

        var positions = streamed[0];
        Assert.That(positions.Bodies, Is.EqualTo(EphemerisQueryValidator.NineGrahas));
        var rahu = positions.States[7];
        var ketu = positions.States[8];
        Assert.That(Degrees.Separation(rahu.Longitude, ketu.Longitude), Is.EqualTo(180).Within(1e-9));
        Assert.That(ketu.Speed, Is.EqualTo(rahu.Speed));
    }

    internal static async Task<List<PositionsAtInstant>> CollectAsync(PositionsQuery query)
    {
        var list = new List<PositionsAtInstant>();
        await foreach (var positions in EphemerisTestPool.Engine.StreamPositionsAsync(query))
        {
            list.Add(positions);
        }

        return list;
    }

    private static DateTime Utc(string text) =>
        DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime;
}
