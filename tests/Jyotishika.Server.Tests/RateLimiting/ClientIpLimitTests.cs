using System.Net;
using Grpc.Core;
using Grpc.Health.V1;
using Jyotishika.Server.Platform.RateLimiting;
using Jyotishika.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using HealthClient = Grpc.Health.V1.Health.HealthClient;

namespace Jyotishika.Server.Tests.RateLimiting;

/// <summary>
/// Every request counts against its client IP's budget (RATE_LIMIT_PER_IP_PER_MINUTE), REST and gRPC together; past it
/// REST gets 429 with Retry-After and gRPC RESOURCE_EXHAUSTED, both with a google.rpc.RetryInfo. Development servers
/// (calculations open) on a Redis of this fixture's own (<see cref="OwnRedisLimitFixture"/>).
/// </summary>
[TestFixture]
public sealed class ClientIpLimitTests : OwnRedisLimitFixture
{
    [Test]
    public async Task Past_the_limit_REST_gets_429_with_Retry_After_and_RetryInfo()
    {
        await using var server = await StartServerAsync("RATE_LIMIT_PER_IP_PER_MINUTE=3");
        for (var call = 1; call <= 3; call++)
        {
            using var allowed = await Exhaustion.SearchPlacesAsync(server);
            await Exhaustion.AssertOkAsync(allowed, $"call {call} of 3");
        }

        using var refused = await Exhaustion.SearchPlacesAsync(server);
        using var refusedChart = await Exhaustion.PostChartAsync(server);

        await Exhaustion.AssertRestRefusedAsync(refused);
        await Exhaustion.AssertRestRefusedAsync(refusedChart, "every route shares the address's budget");
        Assert.That(server.Services.GetRequiredService<RateLimitCounters>().RejectedTotal("client-ip"), Is.EqualTo(2));
    }

    [Test]
    public async Task Past_the_limit_gRPC_gets_RESOURCE_EXHAUSTED_with_RetryInfo_in_the_status_details()
    {
        await using var server = await StartServerAsync("RATE_LIMIT_PER_IP_PER_MINUTE=3");
        using (var rest = await Exhaustion.SearchPlacesAsync(server))
        {
            await Exhaustion.AssertOkAsync(rest, "a REST call");
        }

        await Exhaustion.SearchPlacesGrpcAsync(server);
        await Exhaustion.SearchPlacesGrpcAsync(server);

        var refused = Assert.ThrowsAsync<RpcException>(() => Exhaustion.SearchPlacesGrpcAsync(server));

        var retryInfo = Exhaustion.AssertGrpcRefused(refused);
        Assert.That(refused!.Status.Detail, Does.StartWith("Too many requests from this address"));
        Assert.That(retryInfo.RetryDelay.ToTimeSpan(), Is.GreaterThan(TimeSpan.FromSeconds(50)), "the minute began moments ago");
    }

    [Test]
    public async Task Health_readiness_metrics_and_license_are_never_limited()
    {
        await using var server = await StartServerAsync("RATE_LIMIT_PER_IP_PER_MINUTE=1");
        using (var first = await Exhaustion.SearchPlacesAsync(server))
        {
            await Exhaustion.AssertOkAsync(first, "the one call allowed");
        }

        using (var exhausted = await Exhaustion.SearchPlacesAsync(server))
        {
            await Exhaustion.AssertRestRefusedAsync(exhausted);
        }

        var health = new HealthClient(server.Grpc);
        for (var round = 0; round < 3; round++)
        {
            foreach (var path in new[] { "/healthz", "/readyz", "/metrics", "/license" })
            {
                using var response = await server.Rest.GetAsync(new Uri(path, UriKind.Relative));
                Assert.That(response.StatusCode, Is.Not.EqualTo(HttpStatusCode.TooManyRequests), path);
            }

            // Throws RpcException if refused; whether the server is serving is not this test's business.
            await health.CheckAsync(new HealthCheckRequest());
        }

        using var healthz = await server.Rest.GetAsync(new Uri("/healthz", UriKind.Relative));
        using var license = await server.Rest.GetAsync(new Uri("/license", UriKind.Relative));
        Assert.That(healthz.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(license.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Anonymous_calculations_are_held_to_the_IP_limit_only()
    {
        await using var server = await StartServerAsync("RATE_LIMIT_PER_IP_PER_MINUTE=4", "RATE_LIMIT_CALCULATIONS_PER_USER_PER_MINUTE=1");
        for (var call = 1; call <= 4; call++)
        {
            using var allowed = await Exhaustion.PostChartAsync(server);
            await Exhaustion.AssertOkAsync(allowed, $"anonymous chart {call} of 4");
        }

        using var refused = await Exhaustion.PostChartAsync(server);

        await Exhaustion.AssertRestRefusedAsync(refused);
        var counters = server.Services.GetRequiredService<RateLimitCounters>();
        Assert.That(counters.RejectedTotal("client-ip"), Is.EqualTo(1));
        Assert.That(counters.RejectedTotal("user-calculations"), Is.Zero);
    }

    [Test]
    public async Task A_limit_of_zero_turns_the_IP_limit_off()
    {
        await using var server = await StartServerAsync("RATE_LIMIT_PER_IP_PER_MINUTE=0");
        for (var call = 1; call <= 30; call++)
        {
            using var allowed = await Exhaustion.SearchPlacesAsync(server);
            await Exhaustion.AssertOkAsync(allowed, $"call {call}");
        }
    }
}
