using System.Net;
using Google.Protobuf;
using Grpc.Core;
using Jyotishika.Server.Tests.Auth;
using Jyotishika.Server.Tests.RateLimiting;
using Jyotishika.V1;

namespace Jyotishika.Server.Tests.Ephemeris;

/// <summary>
/// Ephemeris streams are calculations: each call counts once against the caller's per-user budget, however many
/// messages it streams.
/// </summary>
public sealed class EphemerisRateLimitTests
{
    [Test]
    public async Task A_stream_counts_once_per_call_against_the_calculation_limit()
    {
        await using var site = await SignInSite.StartAsync(settings: ["RATE_LIMIT_CALCULATIONS_PER_USER_PER_MINUTE=3"]);
        var asha = await site.ApiTokenForAsync("asha");
        var server = site.Server;
        var client = new EphemerisService.EphemerisServiceClient(server.Grpc);
        var positions = new PositionsRequest { Start = "2024-01-01T00:00:00Z", End = "2024-01-02T00:00:00Z", StepSeconds = 600 };
        var events = new EventsRequest { Start = "2024-01-01T00:00:00Z", End = "2024-02-01T00:00:00Z", Bodies = { Planet.Moon } };

        var streamed = await EphemerisEndpointTests.ReadAllAsync(client.StreamPositions(positions, Exhaustion.Bearer(asha)));
        var found = await EphemerisEndpointTests.ReadAllAsync(client.SearchEvents(events, Exhaustion.Bearer(asha)));
        using var rest = new HttpRequestMessage(HttpMethod.Get, new Uri(server.BaseUrl,
            "/v1/ephemeris/events?start=2024-01-01T00:00:00Z&end=2024-02-01T00:00:00Z&bodies=PLANET_MOON"));
        rest.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", asha);
        using var restResponse = await server.Rest.SendAsync(rest);
        var refused = Assert.ThrowsAsync<RpcException>(
            async () => await EphemerisEndpointTests.ReadAllAsync(client.StreamPositions(positions, Exhaustion.Bearer(asha))));

        Assert.That(streamed, Has.Count.EqualTo(145), "one call, 145 messages");
        Assert.That(found, Has.Count.GreaterThan(30));
        await Exhaustion.AssertOkAsync(restResponse, "the third call (REST)");
        Exhaustion.AssertGrpcRefused(refused);
    }
}
