using System.Net;
using System.Text;
using System.Text.Json;
using Grpc.Core;
using Jyotishika.Server.Tests.Infrastructure;
using Jyotishika.V1;

namespace Jyotishika.Server.Tests.Auth;

/// <summary>
/// Redis down: sign-in and session checks fail closed with UNAVAILABLE (503), calculations that need no caller keep
/// working, and the server recovers by itself when Redis returns. A Redis of its own, since the test stops it.
/// </summary>
[TestFixture]
public sealed class RedisOutageTests
{
    private static readonly FakeUser Ada = new("808774219340008", "ada.outage@example.com", "Ada");
    private const string ChartBody = """{"datetime":"1991-03-25T09:46:00","latitude":18.5204,"longitude":73.8567,"tz":"Asia/Kolkata"}""";

    [Test]
    public async Task Sign_in_fails_closed_while_calculations_go_on_and_all_recovers()
    {
        await using var redis = await LocalRedis.StartAsync();
        await using var site = await SignInSite.StartAsync(environment: "Development", redis: redis);
        await site.ApproveAsync(Ada.Email);
        using var browser = new TestBrowser();
        using (await site.SignInAsync(browser, Ada))
        {
        }

        await redis.StopAsync();

        using (var login = await browser.GetAsync(new Uri(site.Server.BaseUrl, "/auth/google/login")))
        {
            await AssertUnavailableAsync(login);
        }

        using (var me = await site.SendAsync(browser, HttpMethod.Get, "/me"))
        {
            await AssertUnavailableAsync(me);
        }

        using (var tokens = await site.SendAsync(browser, HttpMethod.Get, "/v1/tokens"))
        {
            await AssertUnavailableAsync(tokens);
        }

        var grpc = new AuthService.AuthServiceClient(site.Server.Grpc);
        var refused = Assert.ThrowsAsync<RpcException>(async () => await grpc.ListApiTokensAsync(
            new ListApiTokensRequest(), new Metadata { { "cookie", "session_id=" + browser.Cookie("session_id") } }));
        Assert.That(refused!.StatusCode, Is.EqualTo(StatusCode.Unavailable));

        using (var anonymous = new StringContent(ChartBody, Encoding.UTF8, "application/json"))
        using (var chart = await site.Server.Rest.PostAsync(new Uri("/v1/chart", UriKind.Relative), anonymous))
        {
            Assert.That(chart.StatusCode, Is.EqualTo(HttpStatusCode.OK), "calculations need no Redis");
        }

        using (var withCookie = await site.SendAsync(browser, HttpMethod.Post, "/v1/chart", ChartBody))
        {
            Assert.That(withCookie.StatusCode, Is.EqualTo(HttpStatusCode.OK), "an unverifiable cookie does not block an open calculation");
        }

        await redis.StartAgainAsync();

        // Redis restarted empty, so the old session is gone; a new sign-in works without restarting the server.
        var deadline = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(20);
        HttpStatusCode status;
        do
        {
            await Task.Delay(250);
            using var me = await site.SendAsync(browser, HttpMethod.Get, "/me");
            status = me.StatusCode;
        }
        while (status != HttpStatusCode.OK && DateTimeOffset.UtcNow < deadline);

        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), "the server reconnects to Redis by itself");
        using var again = new TestBrowser();
        using (await site.SignInAsync(again, Ada))
        {
        }

        using var meAgain = await site.SendAsync(again, HttpMethod.Get, "/me");
        using var json = JsonDocument.Parse(await meAgain.Content.ReadAsStringAsync());
        Assert.That(json.RootElement.GetProperty("loggedIn").GetBoolean(), Is.True);
    }

    private static async Task AssertUnavailableAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable), body);
        using var json = JsonDocument.Parse(body);
        Assert.That(json.RootElement.GetProperty("code").GetInt32(), Is.EqualTo((int)StatusCode.Unavailable));
        Assert.That(body, Does.Not.Contain("Exception").And.Not.Contain("6379").And.Not.Contain("127.0.0.1"));
    }
}
