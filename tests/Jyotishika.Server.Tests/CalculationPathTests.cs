using Jyotishika.Server.Tests.Infrastructure;
using Jyotishika.V1;

namespace Jyotishika.Server.Tests;

/// <summary>calculationPath: the fast path answers by default, the native library when demanded, and they agree.</summary>
public sealed class CalculationPathTests
{
    // The fast path's contract against the native library: 0.001″ in longitude, 0.01″/day in speed.
    private const double LongitudeTolerance = 0.001 / 3600;
    private const double SpeedTolerance = 0.01 / 3600;

    private static ChartService.ChartServiceClient Client => new(ServerFixture.Grpc);

    [Test]
    public async Task The_default_answer_comes_from_the_fast_path_within_its_contract_of_the_native_one()
    {
        var request = ChartRequests.Pune1991();
        request.IncludeOuterPlanets = true;
        var native = request.Clone();
        native.CalculationPath = CalculationPath.Native;

        var fastChart = await Client.ComputeChartAsync(request);
        var nativeChart = await Client.ComputeChartAsync(native);

        Assert.That(fastChart.Metadata.CalculationPath, Is.EqualTo(CalculationPath.Fast));
        Assert.That(nativeChart.Metadata.CalculationPath, Is.EqualTo(CalculationPath.Native));
        Assert.That(fastChart.Planets, Has.Count.EqualTo(nativeChart.Planets.Count));
        for (var i = 0; i < fastChart.Planets.Count; i++)
        {
            var fast = fastChart.Planets[i];
            var slow = nativeChart.Planets[i];
            Assert.That(fast.Planet, Is.EqualTo(slow.Planet));
            Assert.That(Math.Abs(fast.Longitude - slow.Longitude), Is.LessThanOrEqualTo(LongitudeTolerance), fast.Planet.ToString());
            Assert.That(Math.Abs(fast.Speed - slow.Speed), Is.LessThanOrEqualTo(SpeedTolerance), fast.Planet.ToString());
            Assert.That(fast.Nakshatra, Is.EqualTo(slow.Nakshatra));
        }

        Assert.That(Math.Abs(fastChart.Ascendant.Longitude - nativeChart.Ascendant.Longitude), Is.LessThanOrEqualTo(LongitudeTolerance));
    }

    [Test]
    public void An_unknown_calculation_path_is_refused_naming_the_field()
    {
        var request = ChartRequests.Pune1991();
        request.CalculationPath = (CalculationPath)7;

        var refused = Assert.ThrowsAsync<Grpc.Core.RpcException>(async () => await Client.ComputeChartAsync(request));

        Assert.That(refused!.StatusCode, Is.EqualTo(Grpc.Core.StatusCode.InvalidArgument));
        Assert.That(refused.Status.Detail, Does.Contain("calculationPath"));
    }
}
