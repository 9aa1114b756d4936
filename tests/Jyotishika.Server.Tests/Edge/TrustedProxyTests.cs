using System.Net;
using Jyotishika.Server.Configuration;
using Jyotishika.Server.Platform.Edge;
using Jyotishika.Server.Tests.Infrastructure;
using Jyotishika.Server.Tests.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Jyotishika.Server.Tests.Edge;

/// <summary>
/// TRUSTED_PROXIES: X-Forwarded-For and X-Forwarded-Proto are believed from the listed proxies only, so the per-IP limit
/// sees the real client behind a balancer, and a client cannot spoof its way to a fresh budget. The middleware's rules
/// are run on contexts built here; the limit on live servers over loopback (the "balancer" is this test, on 127.0.0.1).
/// </summary>
[TestFixture]
public sealed class TrustedProxyTests : OwnRedisLimitFixture
{
    [Test]
    public void Addresses_and_ranges_of_both_families_are_read()
    {
        var proxies = TrustedProxies.Parse("10.0.0.0/8, 192.168.1.10 fd00::/8\t::1");

        Assert.That(proxies.Select(p => p.ToString()), Is.EqualTo(new[] { "10.0.0.0/8", "192.168.1.10/32", "fd00::/8", "::1/128" }));
        Assert.That(TrustedProxies.Parse(" "), Is.Empty);
    }

    [TestCase("10.1.2.3", "203.0.113.7", "https", "203.0.113.7", "https", TestName = "From a trusted proxy, the client and scheme it saw")]
    [TestCase("10.1.2.3", "198.51.100.9, 203.0.113.7", "http", "203.0.113.7", "http", TestName = "A client-written entry before the proxy's own is never reached")]
    [TestCase("10.1.2.3", "203.0.113.7, 10.9.9.9", "https", "203.0.113.7", "https", TestName = "Two trusted hops are walked back to the client")]
    [TestCase("198.51.100.1", "203.0.113.7", "https", "198.51.100.1", "http", TestName = "From anyone else, the headers are ignored")]
    [TestCase("127.0.0.1", "203.0.113.7", "https", "127.0.0.1", "http", TestName = "Loopback is not trusted unless listed")]
    public async Task The_forwarded_client_is_believed_only_from_a_trusted_proxy(
        string connection, string forwardedFor, string forwardedProto, string client, string scheme)
    {
        var options = ForwardedHeadersSetup.Options(TrustedProxies.Parse("10.0.0.0/8"))!;
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(connection);
        context.Request.Scheme = "http";
        context.Request.Headers["X-Forwarded-For"] = forwardedFor;
        context.Request.Headers["X-Forwarded-Proto"] = forwardedProto;
        var middleware = new ForwardedHeadersMiddleware(_ => Task.CompletedTask, NullLoggerFactory.Instance, Options.Create(options));

        await middleware.Invoke(context);

        Assert.That((context.Connection.RemoteIpAddress!.ToString(), context.Request.Scheme), Is.EqualTo((client, scheme)));
    }

    [Test]
    public void Without_trusted_proxies_the_middleware_is_not_used()
    {
        Assert.That(ForwardedHeadersSetup.Options([]), Is.Null);
    }

    [Test]
    public async Task Behind_a_trusted_balancer_each_client_has_its_own_budget()
    {
        await using var server = await StartServerAsync("RATE_LIMIT_PER_IP_PER_MINUTE=2", "TRUSTED_PROXIES=127.0.0.1,::1");
        foreach (var client in new[] { "203.0.113.7", "203.0.113.8" })
        {
            for (var call = 1; call <= 2; call++)
            {
                using var allowed = await SearchPlacesAsAsync(server, client);
                await Exhaustion.AssertOkAsync(allowed, $"{client} call {call} of 2");
            }
        }

        using var refused = await SearchPlacesAsAsync(server, "203.0.113.7");
        await Exhaustion.AssertRestRefusedAsync(refused, "the first client's third call");
    }

    [Test]
    public async Task Without_trusted_proxies_a_forged_header_does_not_buy_a_fresh_budget()
    {
        await using var server = await StartServerAsync("RATE_LIMIT_PER_IP_PER_MINUTE=2");
        using (var first = await SearchPlacesAsAsync(server, "203.0.113.1"))
        using (var second = await SearchPlacesAsAsync(server, "203.0.113.2"))
        {
            await Exhaustion.AssertOkAsync(first, "call 1");
            await Exhaustion.AssertOkAsync(second, "call 2");
        }

        using var refused = await SearchPlacesAsAsync(server, "203.0.113.3");
        await Exhaustion.AssertRestRefusedAsync(refused, "a third forged address is still this connection's address");
    }

    private static async Task<HttpResponseMessage> SearchPlacesAsAsync(RunningServer server, string client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(server.BaseUrl, "/v1/places?q=pune&limit=1"));
        request.Headers.Add("X-Forwarded-For", client);
        request.Headers.Add("X-Forwarded-Proto", "https");
        return await server.Rest.SendAsync(request);
    }
}
