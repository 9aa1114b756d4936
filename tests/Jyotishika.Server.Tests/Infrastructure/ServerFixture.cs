using Grpc.Net.Client;
using Jyotishika.Server.Tests.Browser;
using Jyotishika.Server.Tests.Infrastructure;

// Not Jyotishika.Server.Tests.Infrastructure: a SetUpFixture serves the namespace it is declared in, and this one serves all tests.
namespace Jyotishika.Server.Tests;

/// <summary>
/// The real server on real Kestrel, bound to loopback on ports the system chose: REST over HTTP/1.1, gRPC over HTTP/2
/// cleartext, exactly as a deployment runs it, with the real PostgreSQL and Redis the tests start. One instance serves the
/// whole test assembly; tests that need other settings start a <see cref="RunningServer"/> of their own.
/// </summary>
/// <remarks>
/// Started by the first test that uses it rather than before all tests, so that a run of the in-process unit tests alone
/// (Unit/) starts no server, PostgreSQL or Redis at all.
/// </remarks>
[SetUpFixture]
public sealed class ServerFixture
{
    private static readonly Lazy<RunningServer> Server = new(Start);

    public static HttpClient Rest => Server.Value.Rest;

    public static GrpcChannel Grpc => Server.Value.Grpc;

    public static IServiceProvider Services => Server.Value.Services;

    public static int HttpPort => Server.Value.HttpPort;

    public static int GrpcPort => Server.Value.GrpcPort;

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (Server.IsValueCreated)
        {
            await Server.Value.DisposeAsync().ConfigureAwait(false);
        }

        await SharedServers.StopAllAsync().ConfigureAwait(false);
        await BrowserHost.StopAsync().ConfigureAwait(false);
    }

    private static RunningServer Start() => StartAsync().GetAwaiter().GetResult();

    private static async Task<RunningServer> StartAsync()
    {
        var databaseUrl = await SharedServers.NewDatabaseAsync().ConfigureAwait(false);
        var redis = await SharedServers.RedisAsync().ConfigureAwait(false);

        // Development, as the README's run command: calculations open, storage configured. The chart cache is off so
        // that every chart test exercises the engine (a cached answer would pass a concurrency test without running
        // it); Caching/ChartCacheTests runs servers with it on. Every test sends from 127.0.0.1, so the rate limits are
        // far above what the suite sends; RateLimiting/ tests run servers with small ones.
        return await RunningServer.StartAsync(
            "environment=Development",
            $"DATABASE_URL={databaseUrl}",
            $"REDIS_URL={redis.Url}",
            "CHART_CACHE_ENABLED=false",
            "RATE_LIMIT_PER_IP_PER_MINUTE=1000000",
            "RATE_LIMIT_CALCULATIONS_PER_USER_PER_MINUTE=1000000").ConfigureAwait(false);
    }
}
