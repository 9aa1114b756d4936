using Jyotishika.Server.Tests.Infrastructure;
using StackExchange.Redis;

namespace Jyotishika.Server.Tests.RateLimiting;

/// <summary>
/// A fixture with a Redis of its own, emptied before each test so each starts a fresh rate-limit minute, and Development
/// servers (calculations open) counting in it.
/// </summary>
public abstract class OwnRedisLimitFixture
{
    private LocalRedis redis = null!;
    private ConnectionMultiplexer redisClient = null!;

    [OneTimeSetUp]
    public async Task StartRedisAsync()
    {
        redis = await LocalRedis.StartAsync();
        redisClient = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{redis.Port},allowAdmin=true");
    }

    [OneTimeTearDown]
    public async Task StopRedisAsync()
    {
        await redisClient.DisposeAsync();
        await redis.DisposeAsync();
    }

    [SetUp]
    public Task EmptyRedisAsync() => redisClient.GetServer($"127.0.0.1:{redis.Port}").FlushDatabaseAsync();

    /// <remarks>
    /// A loaded test machine can stall longer than the default 50 ms Redis timeout; one stall would count a call per
    /// instance and spoil the exact counts checked here. RedisDownTests holds the default to account.
    /// </remarks>
    protected Task<RunningServer> StartServerAsync(params string[] settings) =>
        RunningServer.StartAsync(["environment=Development", $"REDIS_URL={redis.Url}", "RATE_LIMIT_REDIS_TIMEOUT_MS=5000", .. settings]);
}
