using Grpc.Net.Client;
using Jyotishika.Server.Tests.Infrastructure;

namespace Jyotishika.Server.Tests;

/// <summary>
/// The real server on real Kestrel, bound to loopback on ports the system chose: REST over HTTP/1.1, gRPC over HTTP/2
/// cleartext, exactly as a deployment runs it, with the real PostgreSQL and Redis the tests start. One instance serves the
/// whole test assembly; tests that need other settings start a <see cref="RunningServer"/> of their own.
/// </summary>
[SetUpFixture]
public sealed class ServerFixture
{
    private static RunningServer? server;

    public static HttpClient Rest => Server.Rest;

    public static GrpcChannel Grpc => Server.Grpc;

    public static IServiceProvider Services => Server.Services;

    public static int HttpPort => Server.HttpPort;

    public static int GrpcPort => Server.GrpcPort;

    private static RunningServer Server => server ?? throw new InvalidOperationException("Server not started");

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        var databaseUrl = await SharedServers.NewDatabaseAsync().ConfigureAwait(false);
        var redis = await SharedServers.RedisAsync().ConfigureAwait(false);

        // Development, as the README's run command: calculations open, storage configured. The chart cache is off so
        // that every chart test exercises the engine (a cached answer would pass a concurrency test without running
        // it); Caching/ChartCacheTests runs servers with it on. Every test sends from 127.0.0.1, so the rate limits are
        // far above what the suite sends; RateLimiting/ tests run servers with small ones.
        server = await RunningServer.StartAsync(
            "environment=Development",
            $"DATABASE_URL={databaseUrl}",
            $"REDIS_URL={redis.Url}",
            "CHART_CACHE_ENABLED=false",
            "RATE_LIMIT_PER_IP_PER_MINUTE=1000000",
            "RATE_LIMIT_CALCULATIONS_PER_USER_PER_MINUTE=1000000").ConfigureAwait(false);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync().ConfigureAwait(false);
            server = null;
        }

        await SharedServers.StopAllAsync().ConfigureAwait(false);
    }
}
