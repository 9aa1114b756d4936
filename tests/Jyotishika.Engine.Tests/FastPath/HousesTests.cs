using System.Globalization;
using Jyotishika.Engine.FastPath;

namespace Jyotishika.Engine.Tests.FastPath;

/// <summary>
/// Ascendant, MC and cusps from the fast path (sidereal time, true obliquity and true ayanamsha from the tables, house
/// formulas ported from swehouse.c) against swe_houses_ex2 with SEFLG_SIDEREAL, at random instants and places up to
/// 60° of latitude. Tolerance: the longitude contract, 0.001″. Discrete results (house of each graha) must agree.
/// </summary>
[TestFixture]
public sealed class HousesTests
{
    private const int ChartsPerSystem = 3000;

    private static readonly HouseSystem[] FastSystems =
    [
        HouseSystem.WholeSign, HouseSystem.Equal, HouseSystem.EqualMidheaven, HouseSystem.EqualAries, HouseSystem.VehlowEqual,
        HouseSystem.Porphyry, HouseSystem.Sripati,
    ];

    [TestCaseSource(nameof(FastSystems))]
    public async Task Ascendant_midheaven_and_cusps_match_the_library(HouseSystem system)
    {
        var settings = ChartSettings.Default with { HouseSystem = system };
        double ascendant = 0, midheaven = 0, cusp = 0;
        var answered = 0;
        var houseMismatches = 0;
        foreach (var input in FastPathCases.Charts(ChartsPerSystem, 4100 + (int)system, settings))
        {
            if (!FastPathTables.Fast.TryCompute(input, out var fast))
            {
                continue;
            }

            answered++;
            var native = await FastPathTables.Engine.ComputeAsync(input with { Path = CalculationPath.Native }).ConfigureAwait(false);
            ascendant = Math.Max(ascendant, Arc.Separation(fast.Ascendant.Longitude, native.Ascendant.Longitude));
            midheaven = Math.Max(midheaven, Arc.Separation(fast.Midheaven.Longitude, native.Midheaven.Longitude));
            for (var i = 0; i < native.Cusps.Count; i++)
            {
                cusp = Math.Max(cusp, Arc.Separation(fast.Cusps[i].Placement.Longitude, native.Cusps[i].Placement.Longitude));
            }

            houseMismatches += fast.Grahas.Zip(native.Grahas).Count(pair => pair.First.House != pair.Second.House);
        }

        await TestContext.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{system}: {answered}/{ChartsPerSystem} answered fast; max ascendant {FastPathCases.ArcSeconds(ascendant):0.000E+00}″, " +
            $"MC {FastPathCases.ArcSeconds(midheaven):0.000E+00}″, cusps {FastPathCases.ArcSeconds(cusp):0.000E+00}″")).ConfigureAwait(false);
        Assert.Multiple(() =>
        {
            Assert.That(answered, Is.GreaterThan(ChartsPerSystem * 9 / 10), "charts answered by the fast path");
            Assert.That(FastPathCases.ArcSeconds(ascendant), Is.LessThanOrEqualTo(FastPathContract.LongitudeArcSeconds), "ascendant (″)");
            Assert.That(FastPathCases.ArcSeconds(midheaven), Is.LessThanOrEqualTo(FastPathContract.LongitudeArcSeconds), "MC (″)");
            Assert.That(FastPathCases.ArcSeconds(cusp), Is.LessThanOrEqualTo(FastPathContract.LongitudeArcSeconds), "cusps (″)");
            Assert.That(houseMismatches, Is.Zero, "houses of grahas");
        });
    }

    [Test]
    public void Systems_not_computed_from_ascendant_and_midheaven_are_left_to_the_library()
    {
        foreach (var system in Enum.GetValues<HouseSystem>().Except(FastSystems))
        {
            var input = new ChartInput(new DateTime(1991, 3, 25, 4, 16, 0, DateTimeKind.Utc), 18.5204, 73.8567,
                ChartSettings.Default with { HouseSystem = system });
            Assert.That(FastPathTables.Fast.TryCompute(input, out _), Is.False, system.ToString());
        }
    }

    [TestCase(66.5)]
    [TestCase(-70)]
    [TestCase(89.9)]
    public void Polar_latitudes_are_left_to_the_library(double latitude)
    {
        var input = new ChartInput(new DateTime(1991, 3, 25, 4, 16, 0, DateTimeKind.Utc), latitude, 25, ChartSettings.Default);
        Assert.That(FastPathTables.Fast.TryCompute(input, out _), Is.False);
    }
}
