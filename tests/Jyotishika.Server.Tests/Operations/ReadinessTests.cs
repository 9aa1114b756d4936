using System.Net;
using Jyotishika.Server.Tests.Infrastructure;
using Jyotishika.V1;
using ServingStatus = Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus;

namespace Jyotishika.Server.Tests.Operations;

/// <summary>
/// GET /readyz and grpc.health.v1 follow the dependencies: a stopped PostgreSQL or Redis makes the server unready and
/// takes the services that need it out of rotation, calculations stay SERVING, and all recovers by itself.
/// Outage tests run their own PostgreSQL or Redis, since they stop it.
/// </summary>
[TestFixture]
public sealed class ReadinessTests
{
    private static readonly TimeSpan Recovery = TimeSpan.FromSeconds(30);

    private static readonly string[] AllServices =
    [
        string.Empty, ChartService.Descriptor.FullName, DashaService.Descriptor.FullName, PanchangService.Descriptor.FullName,
        PlaceService.Descriptor.FullName, AuthService.Descriptor.FullName, ProfileService.Descriptor.FullName,
    ];

    [Test]
    public async Task A_server_with_every_dependency_up_is_ready_and_serves_every_service()
    {
        var readiness = await Readiness.GetAsync(ServerFixture.Rest);
        var grpc = await Readiness.GrpcStatusesAsync(ServerFixture.Grpc, AllServices);

        Assert.Multiple(() =>
        {
            Assert.That(readiness.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(readiness.Status, Is.EqualTo("ready"));
            Assert.That(readiness.Checks, Is.EquivalentTo(new Dictionary<string, string>
            {
                ["ephemeris"] = "healthy", ["places"] = "healthy", ["database"] = "healthy", ["redis"] = "healthy",
                ["draining"] = "healthy",
            }));
            Assert.That(grpc.Values, Is.All.EqualTo(ServingStatus.Serving), string.Join(", ", grpc));
        });
    }

    [Test]
    public async Task A_calculations_only_server_is_ready_without_database_or_redis()
    {
        await using var server = await RunningServer.StartAsync("environment=Development");

        var readiness = await Readiness.GetAsync(server.Rest);
        var chart = await Readiness.GrpcStatusAsync(server.Grpc, ChartService.Descriptor.FullName);

        Assert.Multiple(() =>
        {
            Assert.That(readiness.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(readiness.Checks["ephemeris"], Is.EqualTo("healthy"));
            Assert.That(readiness.Checks["database"], Is.EqualTo("healthy"), "not configured is not a failure");
            Assert.That(readiness.Checks["redis"], Is.EqualTo("healthy"), "not configured is not a failure");
            Assert.That(chart, Is.EqualTo(ServingStatus.Serving));
        });
    }

    [Test]
    [CancelAfter(120_000)]
    public async Task PostgreSQL_down_makes_the_server_unready_and_profiles_not_serving_until_it_returns()
    {
        await using var postgres = await LocalPostgres.StartAsync();
        var databaseUrl = await postgres.CreateDatabaseAsync("readiness");
        await using var server = await RunningServer.StartAsync("environment=Development", $"DATABASE_URL={databaseUrl}");
        var before = await Readiness.GetAsync(server.Rest);

        await postgres.StopAsync();
        var down = await Readiness.GetAsync(server.Rest);
        var downGrpc = await Readiness.GrpcStatusesAsync(server.Grpc, AllServices);

        await postgres.StartAgainAsync();
        var after = await Readiness.WaitForAsync(server.Rest, HttpStatusCode.OK, Recovery);
        var afterGrpc = await Readiness.GrpcStatusesAsync(server.Grpc, AllServices);

        Assert.Multiple(() =>
        {
            Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.OK), "ready while PostgreSQL is up");
            Assert.That(down.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(down.Status, Is.EqualTo("unavailable"));
            Assert.That(down.Checks["database"], Is.EqualTo("unhealthy"), "the body names the dependency that is down");
            Assert.That(down.Checks["ephemeris"], Is.EqualTo("healthy"));
            Assert.That(downGrpc[string.Empty], Is.EqualTo(ServingStatus.NotServing));
            Assert.That(downGrpc[ProfileService.Descriptor.FullName], Is.EqualTo(ServingStatus.NotServing));
            Assert.That(downGrpc[AuthService.Descriptor.FullName], Is.EqualTo(ServingStatus.NotServing));
            Assert.That(downGrpc[ChartService.Descriptor.FullName], Is.EqualTo(ServingStatus.Serving), "charts need no database");
            Assert.That(downGrpc[PlaceService.Descriptor.FullName], Is.EqualTo(ServingStatus.Serving));
            Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.OK), "ready again once PostgreSQL is back");
            Assert.That(afterGrpc.Values, Is.All.EqualTo(ServingStatus.Serving), string.Join(", ", afterGrpc));
        });
    }

    [Test]
    [CancelAfter(120_000)]
    public async Task Redis_down_makes_the_server_unready_and_accounts_not_serving_until_it_returns()
    {
        await using var redis = await LocalRedis.StartAsync();
        await using var server = await RunningServer.StartAsync("environment=Development", $"REDIS_URL={redis.Url}");
        var before = await Readiness.GetAsync(server.Rest);

        await redis.StopAsync();
        var down = await Readiness.GetAsync(server.Rest);
        var downGrpc = await Readiness.GrpcStatusesAsync(server.Grpc, AllServices);

        await redis.StartAgainAsync();
        var after = await Readiness.WaitForAsync(server.Rest, HttpStatusCode.OK, Recovery);
        var afterGrpc = await Readiness.GrpcStatusesAsync(server.Grpc, AllServices);

        Assert.Multiple(() =>
        {
            Assert.That(before.StatusCode, Is.EqualTo(HttpStatusCode.OK), "ready while Redis is up");
            Assert.That(down.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(down.Checks["redis"], Is.EqualTo("unhealthy"), "the body names the dependency that is down");
            Assert.That(down.Checks["database"], Is.EqualTo("healthy"));
            Assert.That(downGrpc[AuthService.Descriptor.FullName], Is.EqualTo(ServingStatus.NotServing));
            Assert.That(downGrpc[ProfileService.Descriptor.FullName], Is.EqualTo(ServingStatus.NotServing));
            Assert.That(downGrpc[ChartService.Descriptor.FullName], Is.EqualTo(ServingStatus.Serving), "charts need no Redis");
            Assert.That(downGrpc[DashaService.Descriptor.FullName], Is.EqualTo(ServingStatus.Serving));
            Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.OK), "ready again once Redis is back");
            Assert.That(afterGrpc.Values, Is.All.EqualTo(ServingStatus.Serving), string.Join(", ", afterGrpc));
        });
    }

    [Test]
    public async Task A_probe_gets_the_reason_in_words_never_exception_text()
    {
        using var down = new ClosedPort();
        await using var server = await RunningServer.StartAsync("environment=Development", $"REDIS_URL=redis://127.0.0.1:{down.Port}");

        // The first probe may run out of time while the first connection attempt runs; later ones are refused at once.
        var bodies = new List<string>();
        for (var probe = 0; probe < 2; probe++)
        {
            using var response = await server.Rest.GetAsync(new Uri("/readyz", UriKind.Relative));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            bodies.Add(await response.Content.ReadAsStringAsync());
        }

        Assert.That(bodies, Is.All.Not.Contain("Exception").And.Not.Contain("127.0.0.1").And.Not.Contain("   at "));
        Assert.That(bodies[^1], Does.Contain("Redis is not reachable"));
    }
}
