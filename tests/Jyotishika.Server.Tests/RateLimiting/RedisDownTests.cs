using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Jyotishika.Server.Platform.RateLimiting;
using Jyotishika.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Jyotishika.Server.Tests.RateLimiting;

/// <summary>
/// Without Redis each instance counts alone, to the same limit: calls under it are served at once and without errors,
/// calls past it refused. When Redis returns, counting goes back to it by itself.
/// </summary>
[TestFixture]
public sealed class RedisDownTests
{
    // Far above a local call, far below what a caller stuck behind a dead Redis (2 s timeouts) would take.
    private static readonly TimeSpan Prompt = TimeSpan.FromSeconds(1);

    [Test]
    public async Task Redis_stopped_mid_run_leaves_per_instance_limits_that_still_serve_and_refuse()
    {
        await using var redis = await LocalRedis.StartAsync();
        // Connected at start-up (the server warms the connection up before it listens), then Redis goes away.
        await using var server = await RunningServer.StartAsync(
            "environment=Development", $"REDIS_URL={redis.Url}", "RATE_LIMIT_PER_IP_PER_MINUTE=5");
        await redis.StopAsync();

        for (var call = 1; call <= 5; call++)
        {
            var clock = Stopwatch.StartNew();
            using var allowed = await Exhaustion.SearchPlacesAsync(server);
            await Exhaustion.AssertOkAsync(allowed, $"call {call} of the instance's own 5");
            Assert.That(clock.Elapsed, Is.LessThan(Prompt), $"call {call} did not wait for Redis");
        }

        var refusing = Stopwatch.StartNew();
        using (var refused = await Exhaustion.SearchPlacesAsync(server))
        {
            await Exhaustion.AssertRestRefusedAsync(refused, "past the per-instance limit");
        }

        Assert.That(refusing.Elapsed, Is.LessThan(Prompt));
        var counters = server.Services.GetRequiredService<RateLimitCounters>();
        Assert.That(counters.CountedLocallyTotal, Is.GreaterThanOrEqualTo(6));

        await redis.StartAgainAsync();
        await using var redisClient = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{redis.Port}");
        var key = (RedisKey)"jyotishika:rate-limit:client-ip:5/60s:127.0.0.1";
        var deadline = Stopwatch.StartNew();
        while (!await redisClient.GetDatabase().KeyExistsAsync(key) && deadline.Elapsed < TimeSpan.FromSeconds(20))
        {
            using var _ = await Exhaustion.SearchPlacesAsync(server);
            await Task.Delay(200);
        }

        Assert.That(await redisClient.GetDatabase().KeyExistsAsync(key), Is.True, "calls are counted in Redis again");
    }

    [Test]
    public async Task A_Redis_that_never_answers_costs_no_waiting_and_limits_stay_per_instance()
    {
        // Accepts connections and never says a word: the outage a naive client waits out (2 s connect and command timeouts).
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var accepted = new List<Socket>();
        var accepting = AcceptForeverAsync(silent, accepted);
        await using var server = await RunningServer.StartAsync(
            "environment=Development",
            $"REDIS_URL=redis://127.0.0.1:{((IPEndPoint)silent.LocalEndpoint).Port}",
            "RATE_LIMIT_PER_IP_PER_MINUTE=3");

        for (var call = 1; call <= 3; call++)
        {
            var clock = Stopwatch.StartNew();
            await Exhaustion.SearchPlacesGrpcAsync(server);
            Assert.That(clock.Elapsed, Is.LessThan(Prompt), $"call {call} did not wait for Redis");
        }

        var refused = Assert.ThrowsAsync<Grpc.Core.RpcException>(() => Exhaustion.SearchPlacesGrpcAsync(server));

        Exhaustion.AssertGrpcRefused(refused);
        silent.Stop();
        await accepting;
        accepted.ForEach(socket => socket.Dispose());
    }

    private static async Task AcceptForeverAsync(TcpListener listener, List<Socket> accepted)
    {
        try
        {
            while (true)
            {
                accepted.Add(await listener.AcceptSocketAsync());
            }
        }
        catch (Exception stopped) when (stopped is SocketException or ObjectDisposedException)
        {
            // The listener was stopped.
        }
    }
}
