using System.Globalization;

namespace Jyotishika.Engine.Tests;

/// <summary>The supported date range (1800-01-02 … 2399-12-31 UTC) and house systems with no solution near the poles.</summary>
[TestFixture]
public sealed class InputRangeTests
{
    private static readonly ChartSettings AllBodies = new() { IncludeOuterPlanets = true };

    [TestCase("1800-01-01T12:00:00Z")]
    [TestCase("1800-01-01T23:59:59Z")]
    [TestCase("2400-01-01T00:00:00Z")]
    [TestCase("1799-06-01T00:00:00Z")]
    public void Instants_outside_the_ephemeris_are_refused_with_the_covered_dates(string instant)
    {
        var input = new ChartInput(Utc(instant), 18.52, 73.86, AllBodies);

        var refused = Assert.ThrowsAsync<InvalidInputException>(() => EnginePool.Engine.ComputeAsync(input));

        var problem = refused!.Problems.Single();
        Assert.Multiple(() =>
        {
            Assert.That((problem.Part, problem.Kind), Is.EqualTo((InputPart.Instant, ProblemKind.OutsideEphemeris)));
            Assert.That(problem.Dates, Is.EqualTo(new DateLimits(new DateOnly(1800, 1, 2), new DateOnly(2399, 12, 31))));
        });
    }

    [TestCase("1800-01-02T00:00:00Z", PositionType.Apparent)]
    [TestCase("1800-01-02T00:00:00Z", PositionType.Geometric)]
    [TestCase("2399-12-31T23:59:00Z", PositionType.Apparent)]
    [TestCase("2399-12-31T23:59:00Z", PositionType.Geometric)]
    public async Task Instants_at_the_edges_of_the_range_are_computed(string instant, PositionType positionType)
    {
        var input = new ChartInput(Utc(instant), 18.52, 73.86, AllBodies with { PositionType = positionType });

        var chart = await EnginePool.Engine.ComputeAsync(input).ConfigureAwait(false);

        Assert.Multiple(() =>
        {
            Assert.That(chart.Grahas, Has.Count.EqualTo(12));
            Assert.That(chart.Grahas.Select(g => g.Longitude), Is.All.InRange(0.0, 360.0));
            Assert.That(chart.Cusps, Has.Count.EqualTo(12));
        });
    }

    [Test]
    public void Non_utc_instants_are_refused()
    {
        var input = new ChartInput(new DateTime(2000, 1, 1, 12, 0, 0, DateTimeKind.Local), 0, 0, ChartSettings.Default);

        var refused = Assert.ThrowsAsync<InvalidInputException>(() => EnginePool.Engine.ComputeAsync(input));

        Assert.That(refused!.Problems, Is.EqualTo(new[] { new InputProblem(InputPart.Instant, ProblemKind.NotUtc) }));
    }

    [TestCase(90.0)]
    [TestCase(-90.0)]
    public void Pole_latitudes_are_refused_with_the_open_range(double latitude)
    {
        var input = new ChartInput(Utc("2000-01-01T19:12:00Z"), latitude, 0, ChartSettings.Default);

        var refused = Assert.ThrowsAsync<InvalidInputException>(() => EnginePool.Engine.ComputeAsync(input));

        Assert.That(refused!.Problems, Is.EqualTo(new[]
        {
            new InputProblem(InputPart.Latitude, ProblemKind.OutOfRange) { Limits = new ValueLimits(-90, 90) },
        }));
    }

    [TestCase(HouseSystem.Placidus, 70.0)]
    [TestCase(HouseSystem.Placidus, -70.0)]
    [TestCase(HouseSystem.Koch, 70.0)]
    [TestCase(HouseSystem.Gauquelin, 70.0)]
    public void Quadrant_systems_without_a_solution_near_the_poles_are_refused_naming_system_and_latitude(
        HouseSystem system, double latitude)
    {
        var input = new ChartInput(Utc("2000-01-01T19:12:00Z"), latitude, -120.5, new ChartSettings { HouseSystem = system });

        var refused = Assert.ThrowsAsync<InvalidInputException>(() => EnginePool.Engine.ComputeAsync(input));

        Assert.That(refused!.Problems, Is.EqualTo(new[]
        {
            new InputProblem(InputPart.HouseSystem, ProblemKind.NoSolution) { HouseSystem = system, Found = latitude },
        }));
    }

    [TestCase(HouseSystem.WholeSign, 70.0)]
    [TestCase(HouseSystem.WholeSign, -70.0)]
    [TestCase(HouseSystem.WholeSign, 89.9999)]
    [TestCase(HouseSystem.Equal, 70.0)]
    [TestCase(HouseSystem.Porphyry, 70.0)]
    public async Task Sign_and_equal_systems_work_beyond_the_polar_circle(HouseSystem system, double latitude)
    {
        var input = new ChartInput(Utc("2000-01-01T19:12:00Z"), latitude, -120.5, new ChartSettings { HouseSystem = system });

        var chart = await EnginePool.Engine.ComputeAsync(input).ConfigureAwait(false);

        Assert.That(chart.Cusps, Has.Count.EqualTo(12));
    }

    private static DateTime Utc(string instant) =>
        DateTime.Parse(instant, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
}
