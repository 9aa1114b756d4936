using System.Runtime.Intrinsics;
using Jyotishika.Engine.FastPath;

namespace Jyotishika.Engine.Tests.FastPath;

/// <summary>
/// Scalar, 256-bit and 512-bit evaluation perform the same fused multiply-adds in the same order, so they must agree
/// bit for bit (512-bit vectors run in software where the hardware lacks them, which is slow but exact).
/// </summary>
[TestFixture]
public sealed class SimdTests
{
    private static readonly SimdWidth[] Widths = [SimdWidth.Scalar, SimdWidth.Vector256, SimdWidth.Vector512];

    [Test]
    public void Charts_are_bit_identical_for_every_width()
    {
        var settings = ChartSettings.Default with { IncludeOuterPlanets = true, NodeType = NodeType.True };
        var inputs = FastPathCases.Charts(300, 31, settings);
        var mismatches = 0;
        var answered = 0;
        foreach (var input in inputs)
        {
            var charts = Widths.Select(width => FastPathTables.Fast.WithWidth(width).TryCompute(input, out var chart) ? chart : null).ToList();
            if (charts[0] is null)
            {
                Assert.That(charts, Is.All.Null, "every width declines the same charts");
                continue;
            }

            answered++;
            foreach (var chart in charts.Skip(1))
            {
                mismatches += chart!.Grahas.SequenceEqual(charts[0]!.Grahas) && chart.Cusps.SequenceEqual(charts[0]!.Cusps)
                    && chart.Ascendant == charts[0]!.Ascendant && chart.AyanamshaDegrees == charts[0]!.AyanamshaDegrees ? 0 : 1;
            }
        }

        Assert.Multiple(() =>
        {
            Assert.That(answered, Is.GreaterThan(250));
            Assert.That(mismatches, Is.Zero);
        });
    }

    [Test]
    public void Batched_positions_are_bit_identical_for_every_width()
    {
        var julianDays = FastPathCases.JulianDays(5000, 32);
        foreach (var graha in Enum.GetValues<Graha>())
        {
            var results = Widths.Select(width =>
            {
                var positions = new BodyPosition[julianDays.Length];
                FastPathTables.Fast.WithWidth(width).GetPositions(graha, julianDays, ChartSettings.Default, positions);
                return positions;
            }).ToList();
            Assert.That(results[1], Is.EqualTo(results[0]).AsCollection, $"{graha}: 256-bit");
            Assert.That(results[2], Is.EqualTo(results[0]).AsCollection, $"{graha}: 512-bit");
        }
    }

    [Test]
    public void The_default_width_is_the_widest_the_hardware_accelerates()
    {
        var expected = Vector512.IsHardwareAccelerated ? SimdWidth.Vector512
            : Vector256.IsHardwareAccelerated ? SimdWidth.Vector256
            : SimdWidth.Scalar;
        Assert.That(FastPathTables.Fast.Width, Is.EqualTo(expected));
    }
}
