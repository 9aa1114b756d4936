using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using Google.Protobuf;
using Jyotishika.Server.Configuration;
using Jyotishika.Server.Features.Charts;
using Jyotishika.Server.Storage.Caching;
using Jyotishika.Server.Tests.Infrastructure;
using Jyotishika.V1;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Jyotishika.Server.Tests.Caching;

/// <summary>
/// Chart results cached in Redis under a hash of the normalized input: equal inputs however spelled share an entry,
/// anything that changes the answer gets its own, and a Redis that goes away only costs the time the cache saved.
/// Each fixture server has a Redis of its own, so the counters and keys seen are this fixture's alone.
/// </summary>
[TestFixture]
public sealed class ChartCacheTests
{
    private static readonly TimeSpan WriteWait = TimeSpan.FromSeconds(5);

    private LocalRedis redis = null!;
    private RunningServer server = null!;
    private ConnectionMultiplexer redisClient = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        redis = await LocalRedis.StartAsync();
        server = await RunningServer.StartAsync("environment=Development", $"REDIS_URL={redis.Url}", "CHART_CACHE_ENABLED=true");
        redisClient = await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{redis.Port}");
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await redisClient.DisposeAsync();
        await server.DisposeAsync();
        await redis.DisposeAsync();
    }

    [Test]
    public async Task A_second_identical_request_is_a_hit_with_a_byte_identical_response()
    {
        var request = Birth("1984-07-02T05:10:00");
        var counters = Counters(server);
        var client = new ChartService.ChartServiceClient(server.Grpc);

        var first = await client.ComputeChartAsync(request);
        await WaitForEntryAsync(server, request);
        var (hits, misses) = (counters.Hits, counters.Misses);
        var second = await client.ComputeChartAsync(request);

        Assert.That(counters.Hits - hits, Is.EqualTo(1));
        Assert.That(counters.Misses - misses, Is.Zero);
        Assert.That(second.ToByteArray(), Is.EqualTo(first.ToByteArray()));
    }

    [Test]
    public async Task The_cached_entry_holds_the_response_under_the_hashed_key_with_the_thirty_day_ttl()
    {
        var request = Birth("1984-07-03T05:10:00");

        var response = await new ChartService.ChartServiceClient(server.Grpc).ComputeChartAsync(request);
        var key = await WaitForEntryAsync(server, request);

        var database = redisClient.GetDatabase();
        var ttl = await database.KeyTimeToLiveAsync(key);
        var stored = ChartResponse.Parser.ParseFrom((byte[])(await database.StringGetAsync(key))!);
        Assert.That(key, Does.Match("^jyotishika:chart:[0-9a-f]{64}$"));
        Assert.That(ttl, Is.GreaterThan(TimeSpan.FromDays(30) - TimeSpan.FromMinutes(1)).And.LessThanOrEqualTo(TimeSpan.FromDays(30)));
        Assert.That(stored, Is.EqualTo(response));
    }

    [TestCase("ExplicitHouseSystem")]
    [TestCase("EveryDefaultExplicit")]
    [TestCase("OffsetOverriddenByTz")]
    [TestCase("IgnoredUserAyanamsha")]
    public async Task A_request_that_only_spells_out_what_is_implied_hits(string variant)
    {
        var plain = Birth("1984-07-04T05:10:00");
        var client = new ChartService.ChartServiceClient(server.Grpc);
        var counters = Counters(server);
        var cached = await client.ComputeChartAsync(plain);
        await WaitForEntryAsync(server, plain);

        var (hits, misses) = (counters.Hits, counters.Misses);
        var response = await client.ComputeChartAsync(Change(variant, plain.Clone()));

        Assert.That(counters.Hits - hits, Is.EqualTo(1), variant);
        Assert.That(counters.Misses - misses, Is.Zero, variant);
        Assert.That(response, Is.EqualTo(cached), variant);
    }

    [TestCase("OtherAyanamsha")]
    [TestCase("OtherTz")]
    [TestCase("OtherLatitude")]
    [TestCase("WithVargas")]
    [TestCase("WithOuterPlanets")]
    [TestCase("OtherDatetimeSpelling")]
    [TestCase("OtherNodeType")]
    public async Task A_request_whose_answer_differs_misses(string variant)
    {
        var plain = Birth("1984-07-05T05:10:00");
        var client = new ChartService.ChartServiceClient(server.Grpc);
        var counters = Counters(server);
        var cached = await client.ComputeChartAsync(plain);
        await WaitForEntryAsync(server, plain);

        var (hits, misses) = (counters.Hits, counters.Misses);
        var response = await client.ComputeChartAsync(Change(variant, plain.Clone()));

        Assert.That(counters.Misses - misses, Is.EqualTo(1));
        Assert.That(counters.Hits - hits, Is.Zero);
        Assert.That(response, Is.Not.EqualTo(cached));
    }

    [Test]
    public async Task The_varga_call_and_the_chart_call_naming_the_same_vargas_share_an_entry()
    {
        var request = Birth("1984-07-06T05:10:00");
        var client = new ChartService.ChartServiceClient(server.Grpc);
        var counters = Counters(server);

        var vargas = await client.ComputeVargasAsync(request);
        var explicitVargas = request.Clone();
        explicitVargas.Vargas.AddRange(VargaMapping.Shodasavarga);
        await WaitForEntryAsync(server, explicitVargas);
        var hits = counters.Hits;
        var chart = await client.ComputeChartAsync(explicitVargas);

        Assert.That(counters.Hits - hits, Is.EqualTo(1));
        Assert.That(chart.DivisionalCharts, Is.EqualTo(vargas.DivisionalCharts));
        Assert.That(chart.Settings, Is.EqualTo(vargas.Settings));
        Assert.That(chart.Metadata, Is.EqualTo(vargas.Metadata));
    }

    [Test]
    public async Task Rest_and_grpc_share_entries()
    {
        var request = Birth("1984-07-07T05:10:00");
        var grpc = await new ChartService.ChartServiceClient(server.Grpc).ComputeChartAsync(request);
        await WaitForEntryAsync(server, request);
        var hits = Counters(server).Hits;

        using var body = new StringContent(JsonFormatter.Default.Format(request), Encoding.UTF8, "application/json");
        using var rest = await server.Rest.PostAsync(new Uri("/v1/chart", UriKind.Relative), body);

        Assert.That(rest.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(Counters(server).Hits - hits, Is.EqualTo(1));
        using var json = JsonDocument.Parse(await rest.Content.ReadAsStringAsync());
        Assert.That(json.RootElement.GetProperty("ascendant").GetProperty("longitude").GetDouble(), Is.EqualTo(grpc.Ascendant.Longitude));
    }

    [Test]
    public async Task With_redis_down_charts_answer_at_once_without_error_and_caching_resumes_when_it_returns()
    {
        await using var ownRedis = await LocalRedis.StartAsync();
        await using var own = await RunningServer.StartAsync("environment=Development", $"REDIS_URL={ownRedis.Url}", "CHART_CACHE_ENABLED=true");
        var client = new ChartService.ChartServiceClient(own.Grpc);
        var counters = Counters(own);
        var request = Birth("1984-07-08T05:10:00");
        await client.ComputeChartAsync(request);
        await WaitForEntryAsync(own, request, ownRedis);

        await ownRedis.StopAsync();

        var slowest = TimeSpan.Zero;
        var (hits, misses) = (counters.Hits, counters.Misses);
        for (var i = 0; i < 10; i++)
        {
            var elapsed = Stopwatch.StartNew();
            await client.ComputeChartAsync(request);
            using var body = new StringContent(JsonFormatter.Default.Format(request), Encoding.UTF8, "application/json");
            using var rest = await own.Rest.PostAsync(new Uri("/v1/chart", UriKind.Relative), body);
            Assert.That(rest.StatusCode, Is.EqualTo(HttpStatusCode.OK), await rest.Content.ReadAsStringAsync());
            slowest = elapsed.Elapsed > slowest ? elapsed.Elapsed : slowest;
        }

        // A computed chart takes well under a millisecond; a second would mean something waited for Redis's timeouts.
        Assert.That(slowest, Is.LessThan(TimeSpan.FromSeconds(1)), "a chart pair while Redis is down");
        Assert.That(counters.Hits - hits, Is.Zero);
        Assert.That(counters.Misses - misses, Is.EqualTo(20));

        await ownRedis.StartAgainAsync();

        // Redis came back empty: once reconnected, a miss writes the entry again and the next call hits.
        var deadline = Stopwatch.StartNew();
        hits = counters.Hits;
        while (counters.Hits == hits && deadline.Elapsed < TimeSpan.FromSeconds(20))
        {
            await client.ComputeChartAsync(request);
            await Task.Delay(100);
        }

        Assert.That(counters.Hits, Is.GreaterThan(hits), "the server reconnects to Redis by itself and caches again");
    }

    [Test]
    public async Task With_redis_unreachable_from_the_start_the_first_charts_are_prompt()
    {
        // Connections are refused: the server has never been able to connect.
        using var down = new ClosedPort();
        await using var own = await RunningServer.StartAsync(
            "environment=Development", $"REDIS_URL=redis://127.0.0.1:{down.Port}", "CHART_CACHE_ENABLED=true");
        var client = new ChartService.ChartServiceClient(own.Grpc);

        var elapsed = Stopwatch.StartNew();
        await client.ComputeChartAsync(Birth("1984-07-10T05:10:00"));
        await client.ComputeChartAsync(Birth("1984-07-10T05:10:00"));

        Assert.That(elapsed.Elapsed, Is.LessThan(TimeSpan.FromSeconds(1)));
        Assert.That((Counters(own).Hits, Counters(own).Misses), Is.EqualTo((0L, 2L)));
    }

    [Test]
    public async Task Disabled_the_cache_writes_nothing_and_counts_nothing()
    {
        await using var own = await RunningServer.StartAsync(
            "environment=Development", $"REDIS_URL={redis.Url}", "CHART_CACHE_ENABLED=false");
        var client = new ChartService.ChartServiceClient(own.Grpc);
        var request = Birth("1984-07-09T05:10:00");

        await client.ComputeChartAsync(request);
        await client.ComputeChartAsync(request);
        await Task.Delay(200);

        Assert.That(await redisClient.GetDatabase().KeyExistsAsync(KeyFor(own, request)), Is.False);
        Assert.That((Counters(own).Hits, Counters(own).Misses), Is.EqualTo((0L, 0L)));
    }

    [TestCase("CHART_CACHE_TTL_SECONDS=0")]
    [TestCase("CHART_CACHE_ENABLED=maybe")]
    [TestCase("CHART_CACHE_READ_TIMEOUT_MS=-5")]
    public void A_bad_setting_stops_the_server_naming_it(string setting)
    {
        var failure = Assert.Throws<ConfigurationException>(() =>
            JyotishikaServer.Build(["--PORT=0", "--GRPC_PORT=0", "--environment=Development", "--" + setting]));

        Assert.That(failure!.Message, Does.Contain(setting.Split('=')[0]));
    }

    /// <summary>The request changed as a test case names.</summary>
    private static ChartRequest Change(string variant, ChartRequest request)
    {
        switch (variant)
        {
            case "ExplicitHouseSystem":
                request.HouseSystem = HouseSystem.WholeSign;
                break;
            case "EveryDefaultExplicit":
                request.HouseSystem = HouseSystem.WholeSign;
                request.Ayanamsha = Ayanamsha.Lahiri;
                request.NodeType = NodeType.Mean;
                request.Positions = PositionType.Apparent;
                request.Fold = Fold.Earlier;
                request.Gap = GapResolution.Reject;
                request.TimeStandard = TimeStandard.ZoneTime;
                break;
            case "OffsetOverriddenByTz":
                request.UtcOffsetMinutes = 60;
                break;
            case "IgnoredUserAyanamsha":
                request.UserAyanamsha = new UserAyanamsha { ReferenceJulianDay = 2451545, DegreesAtReference = 23.8 };
                break;
            case "OtherAyanamsha":
                request.Ayanamsha = Ayanamsha.Raman;
                break;
            case "OtherTz":
                request.Tz = "Asia/Kathmandu";
                break;
            case "OtherLatitude":
                request.Latitude += 0.0001;
                break;
            case "WithVargas":
                request.Vargas.Add(9);
                break;
            case "WithOuterPlanets":
                request.IncludeOuterPlanets = true;
                break;
            case "OtherDatetimeSpelling":
                // The same minute without seconds: the same instant, but the response echoes the local time as given.
                request.Datetime = request.Datetime[..^3];
                break;
            case "OtherNodeType":
                request.NodeType = NodeType.True;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(variant), variant, "no such variant");
        }

        return request;
    }

    /// <summary>Pune with its zone and nothing else: every setting left to its default. One date per test keeps keys apart.</summary>
    private static ChartRequest Birth(string datetime) => new()
    {
        Datetime = datetime,
        Tz = "Asia/Kolkata",
        Latitude = 18.5204,
        Longitude = 73.8567,
    };

    private static ChartCacheCounters Counters(RunningServer server) => server.Services.GetRequiredService<ChartCacheCounters>();

    /// <summary>The key the server files this request under, worked out with its own mapper.</summary>
    private static string KeyFor(RunningServer server, ChartRequest request)
    {
        var (input, time) = server.Services.GetRequiredService<ChartRequestMapper>().Map(request);
        return server.Services.GetRequiredService<ChartCacheKey>().For(input.Value, time, request.Vargas);
    }

    /// <summary>Entries are written after the response has gone, so a test that needs one waits for it.</summary>
    private async Task<string> WaitForEntryAsync(RunningServer target, ChartRequest request, LocalRedis? store = null)
    {
        var key = KeyFor(target, request);
        var client = store is null ? redisClient : await ConnectionMultiplexer.ConnectAsync($"127.0.0.1:{store.Port}");
        try
        {
            var waited = Stopwatch.StartNew();
            while (!await client.GetDatabase().KeyExistsAsync(key))
            {
                Assert.That(waited.Elapsed, Is.LessThan(WriteWait), "the cache entry was never written");
                await Task.Delay(10);
            }

            return key;
        }
        finally
        {
            if (store is not null)
            {
                await client.DisposeAsync();
            }
        }
    }
}
