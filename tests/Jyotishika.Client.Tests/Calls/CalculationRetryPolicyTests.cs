using Grpc.Core;
using Jyotishika.Client.Calls;
using Jyotishika.Client.Tests.Infrastructure;
using Jyotishika.V1;

namespace Jyotishika.Client.Tests.Calls;

/// <summary>
/// Which calls gRPC retries, counted as the requests a server receives: calculations on UNAVAILABLE only; account and
/// profile calls never; a rate limit never, on the real server.
/// </summary>
public sealed class CalculationRetryPolicyTests
{
    private static readonly Action<JyotishikaClientOptions> QuickBackoff = o =>
    {
        o.Retry.InitialBackoff = TimeSpan.FromMilliseconds(10);
        o.Retry.MaxBackoff = TimeSpan.FromMilliseconds(20);
    };

    private ScriptedGrpcServer server = null!;

    [SetUp]
    public async Task StartAsync() => server = await ScriptedGrpcServer.StartAsync();

    [TearDown]
    public async Task StopAsync() => await server.DisposeAsync();

    private static IEnumerable<TestCaseData> Calculations() =>
    [
        Call("ChartService/ComputeChart", c => c.Charts.ComputeChartAsync(new ChartRequest()).ResponseAsync),
        Call("ChartService/ComputeVargas", c => c.Charts.ComputeVargasAsync(new ChartRequest()).ResponseAsync),
        Call("DashaService/ComputeDasha", c => c.Dashas.ComputeDashaAsync(new DashaRequest()).ResponseAsync),
        Call("DashaService/StreamDasha", c => DrainAsync(c.Dashas.StreamDasha(new DashaRequest()))),
        Call("PanchangService/ComputePanchang", c => c.Panchang.ComputePanchangAsync(new PanchangRequest()).ResponseAsync),
        Call("PanchangService/StreamPanchang", c => DrainAsync(c.Panchang.StreamPanchang(new PanchangRangeRequest()))),
        Call("PanchangService/ComputeMuhurta", c => c.Panchang.ComputeMuhurtaAsync(new MuhurtaRequest()).ResponseAsync),
        Call("EphemerisService/SearchEvents", c => DrainAsync(c.Ephemeris.SearchEvents(new EventsRequest()))),
        Call("PlaceService/SearchPlaces", c => c.Places.SearchPlacesAsync(new SearchPlacesRequest()).ResponseAsync),
        Call("PlaceService/LookupTimeZone", c => c.Places.LookupTimeZoneAsync(new LookupTimeZoneRequest()).ResponseAsync),
        Call("DoshaService/ComputeDoshas", c => c.Doshas.ComputeDoshasAsync(new DoshaRequest()).ResponseAsync),
        Call("VarshaphalService/ComputeVarshaphal", c => c.Varshaphal.ComputeVarshaphalAsync(new VarshaphalRequest()).ResponseAsync),
    ];

    private static IEnumerable<TestCaseData> AccountAndProfileCalls() =>
    [
        Call("AuthService/GetMe", c => c.Auth.GetMeAsync(new GetMeRequest()).ResponseAsync),
        Call("AuthService/CreateApiToken", c => c.Auth.CreateApiTokenAsync(new CreateApiTokenRequest()).ResponseAsync),
        Call("AuthService/ListApiTokens", c => c.Auth.ListApiTokensAsync(new ListApiTokensRequest()).ResponseAsync),
        Call("ProfileService/CreateProfile", c => c.Profiles.CreateProfileAsync(new CreateProfileRequest()).ResponseAsync),
        Call("ProfileService/GetProfile", c => c.Profiles.GetProfileAsync(new GetProfileRequest()).ResponseAsync),
        Call("ProfileService/DeleteMyAccount", c => c.Profiles.DeleteMyAccountAsync(new DeleteMyAccountRequest()).ResponseAsync),
    ];

    [Test]
    public void The_policy_names_exactly_the_calculation_services()
    {
        var config = CalculationRetryPolicy.For(new JyotishikaRetryOptions())!;

        var names = config.MethodConfigs.SelectMany(m => m.Names).Select(n => (n.Service, n.Method));
        Assert.Multiple(() =>
        {
            Assert.That(names, Is.EquivalentTo(new (string, string?)[]
            {
                ("jyotishika.v1.ChartService", null),
                ("jyotishika.v1.DashaService", null),
                ("jyotishika.v1.PanchangService", null),
                ("jyotishika.v1.PlaceService", null),
                ("jyotishika.v1.EphemerisService", null),
                ("jyotishika.v1.YogaService", null),
                ("jyotishika.v1.MatchService", null),
                ("jyotishika.v1.DoshaService", null),
                ("jyotishika.v1.StrengthService", null),
                ("jyotishika.v1.JaiminiService", null),
                ("jyotishika.v1.VarshaphalService", null),
            }));
            Assert.That(config.MethodConfigs.Single().RetryPolicy!.RetryableStatusCodes, Is.EqualTo(new[] { StatusCode.Unavailable }));
        });
    }

    [TestCaseSource(nameof(Calculations))]
    public async Task Calculation_answered_UNAVAILABLE_is_retried_until_it_succeeds(Func<JyotishikaClient, Task> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        await using var client = new ClientServices(server.Address, QuickBackoff);
        server.Enqueue(ScriptedAnswer.Failure(StatusCode.Unavailable), ScriptedAnswer.Failure(StatusCode.Unavailable));

        await call(client.All);

        Assert.That(server.Received, Has.Count.EqualTo(3));
    }

    [Test]
    public async Task Retries_stop_at_MaxAttempts_with_the_last_error()
    {
        await using var client = new ClientServices(server.Address, o =>
        {
            QuickBackoff(o);
            o.Retry.MaxAttempts = 3;
        });
        server.Enqueue(Enumerable.Repeat(ScriptedAnswer.Failure(StatusCode.Unavailable), 5).ToArray());

        var error = Assert.ThrowsAsync<JyotishikaRpcException>(async () => await client.Charts.ComputeChartAsync(new ChartRequest()))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.StatusCode, Is.EqualTo(StatusCode.Unavailable));
            Assert.That(server.Received, Has.Count.EqualTo(3));
        });
    }

    [Test]
    public async Task One_attempt_turns_retries_off()
    {
        await using var client = new ClientServices(server.Address, o => o.Retry.MaxAttempts = 1);
        server.Enqueue(ScriptedAnswer.Failure(StatusCode.Unavailable));

        Assert.ThrowsAsync<JyotishikaRpcException>(async () => await client.Charts.ComputeChartAsync(new ChartRequest()));

        Assert.That(server.Received, Has.Count.EqualTo(1));
    }

    [TestCaseSource(nameof(AccountAndProfileCalls))]
    public async Task Account_and_profile_calls_are_never_retried(Func<JyotishikaClient, Task> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        await using var client = new ClientServices(server.Address, QuickBackoff);
        server.Enqueue(ScriptedAnswer.Failure(StatusCode.Unavailable));

        var error = Assert.ThrowsAsync<JyotishikaRpcException>(async () => await call(client.All))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.StatusCode, Is.EqualTo(StatusCode.Unavailable));
            Assert.That(server.Received, Has.Count.EqualTo(1));
        });
    }

    [TestCase(StatusCode.ResourceExhausted)]
    [TestCase(StatusCode.InvalidArgument)]
    [TestCase(StatusCode.DeadlineExceeded)]
    [TestCase(StatusCode.Internal)]
    [TestCase(StatusCode.Unauthenticated)]
    [TestCase(StatusCode.Aborted)]
    public async Task Calculations_are_not_retried_on_any_other_code(StatusCode code)
    {
        await using var client = new ClientServices(server.Address, QuickBackoff);
        server.Enqueue(ScriptedAnswer.Failure(code), ScriptedAnswer.Failure(code));

        var error = Assert.ThrowsAsync<JyotishikaRpcException>(async () => await client.Charts.ComputeChartAsync(new ChartRequest()))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.StatusCode, Is.EqualTo(code));
            Assert.That(server.Received, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task A_rate_limited_calculation_on_the_real_server_is_not_retried_and_says_when_to_come_back()
    {
        await using var realServer = await RealServer.StartAsync("RATE_LIMIT_PER_IP_PER_MINUTE=2");
        await using var client = new ClientServices(realServer.GrpcAddress, QuickBackoff);
        var request = new ChartRequest { Datetime = "1991-03-25T09:46:00", Tz = "Asia/Kolkata", Latitude = 18.5204, Longitude = 73.8567 };
        await client.Charts.ComputeChartAsync(request);
        await client.Charts.ComputeChartAsync(request);

        var error = Assert.ThrowsAsync<JyotishikaRpcException>(async () => await client.Charts.ComputeChartAsync(request))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.StatusCode, Is.EqualTo(StatusCode.ResourceExhausted));
            Assert.That(error.RetryDelay, Is.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(TimeSpan.FromMinutes(1)));
            Assert.That(error.RequestId, Is.Not.Empty);
            Assert.That(client.Attempts, Is.EqualTo(3), "two answered, one refused, none retried");
        });
    }

    private static TestCaseData Call(string name, Func<JyotishikaClient, Task> call) => new TestCaseData(call).SetArgDisplayNames(name);

    private static async Task DrainAsync<T>(AsyncServerStreamingCall<T> call)
    {
        using (call)
        {
            while (await call.ResponseStream.MoveNext(CancellationToken.None).ConfigureAwait(false))
            {
            }
        }
    }
}
