using Grpc.Core;
using Jyotishika.Server.Platform.RateLimiting;
using Jyotishika.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Jyotishika.Server.Tests.RateLimiting;

/// <summary>Two instances behind one balancer share one Redis, and so one budget per client: neither grants it twice.</summary>
[TestFixture]
public sealed class SharedBudgetTests
{
    [Test]
    public async Task Two_instances_sharing_Redis_draw_on_one_budget()
    {
        await using var redis = await LocalRedis.StartAsync();

        // A loaded test machine can stall longer than the default 50 ms; one stall would count a call per instance and
        // spoil the exact count checked here. RedisDownTests holds the default to account.
        string[] settings =
            ["environment=Development", $"REDIS_URL={redis.Url}", "RATE_LIMIT_PER_IP_PER_MINUTE=10", "RATE_LIMIT_REDIS_TIMEOUT_MS=5000"];
        await using var first = await RunningServer.StartAsync(settings);
        await using var second = await RunningServer.StartAsync(settings);

        for (var call = 1; call <= 6; call++)
        {
            if (call % 2 == 0)
            {
                await Exhaustion.SearchPlacesGrpcAsync(first);
                continue;
            }

            using var allowed = await Exhaustion.SearchPlacesAsync(first);
            await Exhaustion.AssertOkAsync(allowed, $"call {call} on the first instance");
        }

        for (var call = 7; call <= 10; call++)
        {
            using var allowed = await Exhaustion.SearchPlacesAsync(second);
            await Exhaustion.AssertOkAsync(allowed, $"call {call} on the second instance");
        }

        using var eleventh = await Exhaustion.SearchPlacesAsync(second);
        var backOnFirst = Assert.ThrowsAsync<RpcException>(() => Exhaustion.SearchPlacesGrpcAsync(first));

        await Exhaustion.AssertRestRefusedAsync(eleventh, "the 11th call, on the instance that has served only 4");
        Exhaustion.AssertGrpcRefused(backOnFirst);
        foreach (var server in new[] { first, second })
        {
            var counters = server.Services.GetRequiredService<RateLimitCounters>();
            Assert.That(counters.CountedLocallyTotal, Is.Zero, "every call was counted in Redis");
        }
    }
}
