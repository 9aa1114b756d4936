using System.Net;
using System.Text;
using Grpc.Core;
using Jyotishika.Server.Tests.Auth;
using Jyotishika.Server.Tests.Infrastructure;
using Jyotishika.V1;

namespace Jyotishika.Server.Tests.Metrics;

/// <summary>
/// GET /metrics on the HTTP port: request counts and latencies by route or RPC, chart calculation time by convention,
/// the cache, sessions, the database pool, the ephemeris pool and rate limits. The shared server also serves other
/// tests, so assertions on it look for series and growth, never for exact totals; servers started here count exactly.
/// </summary>
public sealed class MetricsEndpointTests
{
    private const string Requests = "http_requests_received_total";
    private const string Calculations = "jyotishika_chart_calculation_seconds_count";
    private const string CacheLookups = "jyotishika_chart_cache_lookups_total";
    private const string ChartRpc = "/jyotishika.v1.ChartService/ComputeChart";
    private const string OutOfRangeLatitude = """{"datetime":"1991-03-25T09:46:00","latitude":95,"longitude":73.8,"tz":"Asia/Kolkata"}""";

    [Test]
    public async Task Rest_and_grpc_calls_are_counted_by_route_method_and_status()
    {
        using var chart = await PostChartAsync(ServerFixture.Rest, ChartRequests.OlderSystemJson);
        using var refused = await PostChartAsync(ServerFixture.Rest, OutOfRangeLatitude);
        var client = new ChartService.ChartServiceClient(ServerFixture.Grpc);
        await client.ComputeChartAsync(ChartRequests.Pune1991());
        var invalid = ChartRequests.Pune1991();
        invalid.Latitude = 95;
        Assert.ThrowsAsync<RpcException>(async () => await client.ComputeChartAsync(invalid));

        var samples = await Scrape.MetricsAsync(ServerFixture.Rest);

        Assert.Multiple(() =>
        {
            Assert.That(chart.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(
                samples.Named(Requests, ("endpoint", "/v1/chart"), ("method", "POST"), ("code", "200"), ("grpc_status", "")),
                Is.Not.Empty);
            Assert.That(samples.Named(Requests, ("endpoint", "/v1/chart"), ("method", "POST"), ("code", "400")), Is.Not.Empty);
            Assert.That(
                samples.Named(Requests, ("endpoint", ChartRpc), ("method", "POST"), ("code", "200"), ("grpc_status", "OK")),
                Is.Not.Empty);
            Assert.That(samples.Named(Requests, ("endpoint", ChartRpc), ("grpc_status", "INVALID_ARGUMENT")), Is.Not.Empty);
            Assert.That(samples.Named("http_request_duration_seconds_bucket", ("endpoint", "/v1/chart"), ("le", "0.005")), Is.Not.Empty);
            var endpoints = samples
                .Where(s => s.Name.StartsWith("http_", StringComparison.Ordinal))
                .Select(s => s.Labels.GetValueOrDefault("endpoint"));
            Assert.That(endpoints, Has.None.EqualTo("/metrics"), "scrapes are not counted as requests");
        });
    }

    [Test]
    public async Task Chart_calculations_are_timed_by_house_system_and_ayanamsha()
    {
        var client = new ChartService.ChartServiceClient(ServerFixture.Grpc);
        var before = await Scrape.MetricsAsync(ServerFixture.Rest);
        var raman = ChartRequests.Pune1991();
        raman.Ayanamsha = Ayanamsha.Raman;
        raman.HouseSystem = HouseSystem.Placidus;

        await client.ComputeChartAsync(ChartRequests.Pune1991());
        await client.ComputeChartAsync(raman);
        var after = await Scrape.MetricsAsync(ServerFixture.Rest);

        Assert.Multiple(() =>
        {
            Assert.That(Growth(before, after, ("house_system", "WHOLE_SIGN"), ("ayanamsha", "LAHIRI")), Is.GreaterThanOrEqualTo(1));
            Assert.That(Growth(before, after, ("house_system", "PLACIDUS"), ("ayanamsha", "RAMAN")), Is.GreaterThanOrEqualTo(1));
        });
    }

    [Test]
    public async Task Pools_sessions_and_cache_are_reported()
    {
        using var chart = await PostChartAsync(ServerFixture.Rest, ChartRequests.OlderSystemJson);

        var samples = await Scrape.MetricsAsync(ServerFixture.Rest);

        Assert.Multiple(() =>
        {
            Assert.That(samples.Named("jyotishika_ephemeris_threads").Single().Value, Is.GreaterThan(0));
            Assert.That(samples.Named("jyotishika_ephemeris_busy_threads").Single().Value, Is.GreaterThanOrEqualTo(0));
            Assert.That(samples.Named("jyotishika_ephemeris_queue_depth").Single().Value, Is.GreaterThanOrEqualTo(0));
            Assert.That(samples.Named(CacheLookups, ("result", "hit")), Has.Exactly(1).Items);
            Assert.That(samples.Named(CacheLookups, ("result", "miss")), Has.Exactly(1).Items);
            Assert.That(samples.Named("jyotishika_active_sessions").Single().Value, Is.GreaterThanOrEqualTo(0));

            // The fixture has DATABASE_URL, so its pool reports (its idle connections may have been pruned by now).
            Assert.That(samples.Named("jyotishika_database_connections_max").Single().Value, Is.GreaterThan(0));
            var states = samples.Named("jyotishika_database_connections").Select(s => s.Labels["state"]);
            Assert.That(states, Is.EquivalentTo(new[] { "idle", "used" }));
        });
    }

    [Test]
    public async Task Cache_hits_and_misses_are_counted()
    {
        var redis = await SharedServers.RedisAsync();
        await using var server = await RunningServer.StartAsync("environment=Development", $"REDIS_URL={redis.Url}", "CHART_CACHE_ENABLED=true");
        var client = new ChartService.ChartServiceClient(server.Grpc);
        var request = ChartRequests.Pune1991();
        request.Datetime = "1977-11-08T03:21:00";

        await client.ComputeChartAsync(request);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        double hits;
        do
        {
            // The first answer is written to the cache after it is sent: ask again until the copy is there.
            await client.ComputeChartAsync(request);
            hits = (await Scrape.MetricsAsync(server.Rest)).Named(CacheLookups, ("result", "hit")).Single().Value;
        }
        while (hits == 0 && DateTime.UtcNow < deadline);

        var samples = await Scrape.MetricsAsync(server.Rest);
        Assert.That(hits, Is.GreaterThanOrEqualTo(1));
        Assert.That(samples.Named(CacheLookups, ("result", "miss")).Single().Value, Is.GreaterThanOrEqualTo(1));
    }

    [Test]
    public async Task Active_sessions_count_the_live_session_keys_in_redis()
    {
        await using var redis = await LocalRedis.StartAsync();
        await using var site = await SignInSite.StartAsync(
            environment: "Development", redis: redis, settings: ["DEV_LOGIN_EMAIL=metrics@example.com"]);
        using var first = new TestBrowser();
        using var second = new TestBrowser();

        using var firstSignIn = await first.GetAsync(new Uri(site.Server.BaseUrl, "/auth/dev/login"));
        using var secondSignIn = await second.GetAsync(new Uri(site.Server.BaseUrl, "/auth/dev/login"));
        var samples = await Scrape.MetricsAsync(site.Server.Rest);

        Assert.That(samples.Named("jyotishika_active_sessions").Single().Value, Is.EqualTo(2));
    }

    [Test]
    public async Task Rate_limit_refusals_are_counted_by_policy_and_scrapes_are_never_refused()
    {
        await using var server = await RunningServer.StartAsync("environment=Development", "RATE_LIMIT_PER_IP_PER_MINUTE=2");
        for (var call = 0; call < 3; call++)
        {
            using var answer = await PostChartAsync(server.Rest, ChartRequests.OlderSystemJson);
        }

        await Scrape.MetricsAsync(server.Rest);
        var samples = await Scrape.MetricsAsync(server.Rest);

        Assert.Multiple(() =>
        {
            Assert.That(samples.Named("jyotishika_rate_limit_rejections_total", ("policy", "client-ip")).Single().Value, Is.EqualTo(1));
            Assert.That(samples.Named(Requests, ("endpoint", "/v1/chart"), ("code", "429")).Single().Value, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task Metrics_need_no_caller_in_production_and_count_only_their_own_server()
    {
        await using var site = await SignInSite.StartAsync();
        var rest = site.Server.Rest;

        using var chart = await PostChartAsync(rest, ChartRequests.OlderSystemJson);
        using var response = await rest.GetAsync(new Uri("/metrics", UriKind.Relative));
        var samples = Scrape.Parse(await response.Content.ReadAsStringAsync());

        Assert.Multiple(() =>
        {
            Assert.That(chart.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "calculations need a caller here");
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/plain"));
            Assert.That(samples.Named(Requests, ("endpoint", "/v1/chart"), ("code", "401")).Single().Value, Is.EqualTo(1));
            Assert.That(samples.Named(Calculations), Is.Empty, "the shared server's calculations are not this server's");
        });
    }

    private static Task<HttpResponseMessage> PostChartAsync(HttpClient rest, string json) =>
        rest.PostAsync(new Uri("/v1/chart", UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));

    private static double Growth(IEnumerable<Sample> before, IEnumerable<Sample> after, params (string Label, string Value)[] labels) =>
        after.Named(Calculations, labels).Sum(s => s.Value) - before.Named(Calculations, labels).Sum(s => s.Value);

    [Test]
    public async Task Store_up_falls_to_zero_while_redis_is_away_and_returns_with_it()
    {
        await using var redis = await LocalRedis.StartAsync();
        await using var server = await RunningServer.StartAsync("environment=Development", $"REDIS_URL={redis.Url}");
        double RedisUp(IEnumerable<Sample> samples) => samples.Named("jyotishika_store_up", ("store", "Redis")).Single().Value;

        await server.Rest.GetAsync(new Uri("/readyz", UriKind.Relative));
        var before = RedisUp(await Scrape.MetricsAsync(server.Rest));
        await redis.StopAsync();
        // The readiness probe (every few seconds from any balancer) is what meets the outage first.
        (await server.Rest.GetAsync(new Uri("/readyz", UriKind.Relative))).Dispose();
        var down = await Scrape.MetricsAsync(server.Rest);
        await redis.StartAgainAsync();
        var after = 0.0;
        for (var attempt = 0; attempt < 100 && after == 0; attempt++)
        {
            (await server.Rest.GetAsync(new Uri("/readyz", UriKind.Relative))).Dispose();
            after = RedisUp(await Scrape.MetricsAsync(server.Rest));
            await Task.Delay(100);
        }

        Assert.Multiple(() =>
        {
            Assert.That(before, Is.EqualTo(1));
            Assert.That(RedisUp(down), Is.EqualTo(0));
            Assert.That(down.Named("jyotishika_store_up", ("store", "PostgreSQL")), Is.Empty, "no database configured, no series");
            Assert.That(after, Is.EqualTo(1), "up again once a probe reaches it");
        });
    }
}
