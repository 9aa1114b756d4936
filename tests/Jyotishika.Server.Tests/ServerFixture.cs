using Grpc.Net.Client;
using Jyotishika.Server;
using Jyotishika.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;

namespace Jyotishika.Server.Tests;

/// <summary>
/// The real server on real Kestrel, bound to loopback on free ports: REST over HTTP/1.1, gRPC over HTTP/2 cleartext,
/// exactly as a deployment runs it, with the real PostgreSQL and Redis the tests start. One instance serves the whole
/// test assembly; tests that need other settings start a <see cref="RunningServer"/> of their own.
/// </summary>
[SetUpFixture]
public sealed class ServerFixture
{
    private static WebApplication? app;

    public static HttpClient Rest { get; private set; } = null!;

    public static GrpcChannel Grpc { get; private set; } = null!;

    public static IServiceProvider Services => app?.Services ?? throw new InvalidOperationException("Server not started");

    public static int HttpPort { get; private set; }

    public static int GrpcPort { get; private set; }

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        HttpPort = FreePort.Next();
        GrpcPort = FreePort.Next();
        var databaseUrl = await SharedServers.NewDatabaseAsync().ConfigureAwait(false);
        var redis = await SharedServers.RedisAsync().ConfigureAwait(false);

        // Development, as the README's run command: calculations open, storage configured. The chart cache is off so
        // that every chart test exercises the engine (a cached answer would pass a concurrency test without running
        // it); Caching/ChartCacheTests runs servers with it on. Every test sends from 127.0.0.1, so the rate limits are
        // far above what the suite sends; RateLimiting/ tests run servers with small ones.
        app = JyotishikaServer.Build(
        [
            $"--PORT={HttpPort}",
            $"--GRPC_PORT={GrpcPort}",
            "--BIND_ADDRESS=127.0.0.1",
            "--LOG_LEVEL=WARNING",
            "--environment=Development",
            $"--DATABASE_URL={databaseUrl}",
            $"--REDIS_URL={redis.Url}",
            "--CHART_CACHE_ENABLED=false",
            "--RATE_LIMIT_PER_IP_PER_MINUTE=1000000",
            "--RATE_LIMIT_CALCULATIONS_PER_USER_PER_MINUTE=1000000",
        ]);
        await app.StartAsync().ConfigureAwait(false);
        Rest = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{HttpPort}") };
        Grpc = GrpcChannel.ForAddress($"http://127.0.0.1:{GrpcPort}");
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        Rest.Dispose();
        Grpc.Dispose();
        if (app is not null)
        {
            await app.StopAsync().ConfigureAwait(false);
            await app.DisposeAsync().ConfigureAwait(false);
        }

        await SharedServers.StopAllAsync().ConfigureAwait(false);
    }
}
