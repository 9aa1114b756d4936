using System.Net;
using Google.Protobuf;
using Grpc.Core;
using Jyotishika.Server.Platform.RateLimiting;
using Jyotishika.Server.Tests.Auth;
using Jyotishika.Server.Tests.Infrastructure;
using Jyotishika.V1;
using Microsoft.Extensions.DependencyInjection;

namespace Jyotishika.Server.Tests.RateLimiting;

/// <summary>
/// Calculations (chart, dasha, panchang, places; REST and gRPC) count against the signed-in caller's budget
/// (RATE_LIMIT_CALCULATIONS_PER_USER_PER_MINUTE): one user's exhaustion leaves another user served, and leaves the
/// exhausted user's other calls alone. Production settings, so calculations need an API token or session.
/// </summary>
[TestFixture]
public sealed class CalculationLimitTests
{
    [Test]
    public async Task One_user_past_the_calculation_limit_is_refused_while_another_is_served()
    {
        await using var redis = await LocalRedis.StartAsync();
        await using var site = await SignInSite.StartAsync(redis: redis, settings: ["RATE_LIMIT_CALCULATIONS_PER_USER_PER_MINUTE=4"]);
        var asha = await site.ApiTokenForAsync("asha");
        var bhaskar = await site.ApiTokenForAsync("bhaskar");
        var server = site.Server;
        var charts = new ChartService.ChartServiceClient(server.Grpc);
        var dashas = new DashaService.DashaServiceClient(server.Grpc);
        var panchangs = new PanchangService.PanchangServiceClient(server.Grpc);

        // Four calculations across the four services and both transports use up Asha's minute.
        using (var chart = await Exhaustion.PostChartAsync(server, asha))
        {
            await Exhaustion.AssertOkAsync(chart, "Asha's REST chart");
        }

        await dashas.ComputeDashaAsync(
            new DashaRequest { Datetime = "1991-03-25T09:46:00", Tz = "Asia/Kolkata", Latitude = 18.5204, Longitude = 73.8567 },
            Exhaustion.Bearer(asha));
        await panchangs.ComputePanchangAsync(
            new PanchangRequest { Date = "2024-04-09", Latitude = 28.6139, Longitude = 77.2090, Tz = "Asia/Kolkata" },
            Exhaustion.Bearer(asha));
        using (var places = await Exhaustion.SearchPlacesAsync(server, asha))
        {
            await Exhaustion.AssertOkAsync(places, "Asha's REST place search");
        }

        var refusedGrpc = Assert.ThrowsAsync<RpcException>(
            async () => await charts.ComputeChartAsync(ChartRequests.Pune1991(), Exhaustion.Bearer(asha)));
        using var refusedRest = await Exhaustion.PostChartAsync(server, asha);
        using var bhaskarsChart = await Exhaustion.PostChartAsync(server, bhaskar);
        var bhaskarsGrpc = await charts.ComputeChartAsync(ChartRequests.Pune1991(), Exhaustion.Bearer(bhaskar));
        var ashasMe = await new AuthService.AuthServiceClient(server.Grpc).GetMeAsync(new GetMeRequest(), Exhaustion.Bearer(asha));

        Exhaustion.AssertGrpcRefused(refusedGrpc);
        Assert.That(refusedGrpc!.Status.Detail, Does.StartWith("Too many calculations for this account"));
        await Exhaustion.AssertRestRefusedAsync(refusedRest, "Asha's fifth calculation");
        await Exhaustion.AssertOkAsync(bhaskarsChart, "Bhaskar has a budget of his own");
        Assert.That(bhaskarsGrpc.Planets, Is.Not.Empty);
        Assert.That(ashasMe.LoggedIn, Is.True, "only calculations count against the calculation limit");
        Assert.That(server.Services.GetRequiredService<RateLimitCounters>().RejectedTotal("user-calculations"), Is.EqualTo(2));
    }
}
