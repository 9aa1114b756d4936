using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Grpc.Core;
using Jyotishika.V1;
using Microsoft.AspNetCore.WebUtilities;
using StackExchange.Redis;

namespace Jyotishika.Server.Tests.Auth;

/// <summary>The whole browser sign-in against a fake Google on loopback, in Production settings.</summary>
[TestFixture]
public sealed class GoogleSignInFlowTests
{
    private static readonly FakeUser Ada = new("108774219340001", "Ada@Example.com", "Ada Lovelace");
    private SignInSite site = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        site = await SignInSite.StartAsync();
        await site.ApproveAsync(Ada.Email);
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await site.DisposeAsync();

    [Test]
    public async Task Sign_in_then_chart_then_logout_end_to_end()
    {
        using var browser = new TestBrowser();

        // Login: authorization code flow with PKCE S256, a random state and nonce, back to our callback.
        var authorize = await site.BeginAsync(browser, "?return_to=/charts/today");
        var query = QueryHelpers.ParseQuery(authorize.Query);
        Assert.Multiple(() =>
        {
            Assert.That(authorize.GetLeftPart(UriPartial.Path), Is.EqualTo(site.Issuer.Issuer + "/authorize"));
            Assert.That(query["response_type"].ToString(), Is.EqualTo("code"));
            Assert.That(query["client_id"].ToString(), Is.EqualTo(SignInSite.ClientId));
            Assert.That(query["redirect_uri"].ToString(), Is.EqualTo(new Uri(site.Server.BaseUrl, "/auth/google/callback").AbsoluteUri));
            Assert.That(query["code_challenge_method"].ToString(), Is.EqualTo("S256"));
            Assert.That(query["code_challenge"].ToString(), Has.Length.EqualTo(43));
            Assert.That(query["state"].ToString(), Has.Length.GreaterThanOrEqualTo(43), "state carries at least 256 random bits");
            Assert.That(query["nonce"].ToString(), Is.Not.Empty);
            Assert.That(query["scope"].ToString().Split(' '), Is.SupersetOf(new[] { "openid", "email" }));
        });

        // The state is a single-use key in Redis that lives ten minutes.
        var redis = await ConnectionMultiplexer.ConnectAsync(global::Jyotishika.Server.Storage.RedisUrl.Parse(site.RedisUrl));
        await using (redis)
        {
            var stateKey = "jyotishika:oauth-state:" + query["state"];
            var ttl = await redis.GetDatabase().KeyTimeToLiveAsync(stateKey);
            Assert.That(ttl, Is.Not.Null.And.InRange(TimeSpan.FromMinutes(9.5), TimeSpan.FromMinutes(10)));

            var callback = await site.AuthorizeAsync(browser, authorize, Ada);
            using var landed = await site.CallbackAsync(browser, callback);
            Assert.That(landed.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(landed.Headers.Location!.AbsoluteUri, Is.EqualTo(SignInSite.Frontend + "/charts/today"));
            Assert.That(await redis.GetDatabase().KeyExistsAsync(stateKey), Is.False, "state is deleted on first use");
        }

        // The code was exchanged with the verifier matching the challenge.
        var verifier = site.Issuer.LastTokenRequest!["code_verifier"];
        var challenge = Convert.ToBase64String(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        Assert.That(challenge, Is.EqualTo(query["code_challenge"].ToString()));

        // Cookie flags: HttpOnly, Secure in Production, SameSite=Lax, path /.
        var cookie = browser.Received.Last(c => c.Name.Value == "session_id");
        Assert.Multiple(() =>
        {
            Assert.That(cookie.HttpOnly, Is.True);
            Assert.That(cookie.Secure, Is.True);
            Assert.That(cookie.SameSite, Is.EqualTo(Microsoft.Net.Http.Headers.SameSiteMode.Lax));
            Assert.That(cookie.Path.Value, Is.EqualTo("/"));
            Assert.That(cookie.Value.Value, Has.Length.EqualTo(43), "256-bit opaque id");
        });

        using (var me = await site.SendAsync(browser, HttpMethod.Get, "/me"))
        {
            using var json = JsonDocument.Parse(await me.Content.ReadAsStringAsync());
            Assert.That(json.RootElement.GetProperty("loggedIn").GetBoolean(), Is.True);
            Assert.That(json.RootElement.GetProperty("user").GetProperty("email").GetString(), Is.EqualTo("ada@example.com"));
            Assert.That(json.RootElement.GetProperty("authMethod").GetString(), Is.EqualTo("SESSION"));
        }

        using (var chart = await site.SendAsync(browser, HttpMethod.Post, "/chart", ChartBody))
        {
            Assert.That(chart.StatusCode, Is.EqualTo(HttpStatusCode.OK), await chart.Content.ReadAsStringAsync());
        }

        using (var logout = await site.SendAsync(browser, HttpMethod.Post, "/auth/logout"))
        {
            Assert.That(logout.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            var expired = browser.Received.Last(c => c.Name.Value == "session_id");
            Assert.That(expired.Expires, Is.LessThan(DateTimeOffset.UtcNow), "logout expires the cookie");
        }

        // The old session id no longer works even if a client kept it.
        using var replay = new HttpRequestMessage(HttpMethod.Post, new Uri(site.Server.BaseUrl, "/chart"))
        {
            Content = new StringContent(ChartBody, Encoding.UTF8, "application/json"),
        };
        replay.Headers.Add("Cookie", $"session_id={cookie.Value.Value}");
        using var refused = await site.Server.Rest.SendAsync(replay);
        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        using var error = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        Assert.That(error.RootElement.GetProperty("code").GetInt32(), Is.EqualTo((int)StatusCode.Unauthenticated));
    }

    [Test]
    public async Task Unauthenticated_calculations_are_refused_in_production()
    {
        using var content = new StringContent(ChartBody, Encoding.UTF8, "application/json");
        using var rest = await site.Server.Rest.PostAsync(new Uri("/chart", UriKind.Relative), content);
        Assert.That(rest.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(rest.Headers.WwwAuthenticate.ToString(), Does.Contain("Bearer"));

        var client = new ChartService.ChartServiceClient(site.Server.Grpc);
        var grpc = Assert.ThrowsAsync<RpcException>(async () => await client.ComputeChartAsync(
            new ChartRequest { Datetime = "1991-03-25T09:46:00", Latitude = 18.5204, Longitude = 73.8567, Tz = "Asia/Kolkata" }));
        Assert.That(grpc!.StatusCode, Is.EqualTo(StatusCode.Unauthenticated));
    }

    [Test]
    public async Task Me_without_a_session_says_logged_out()
    {
        var client = new AuthService.AuthServiceClient(site.Server.Grpc);
        var me = await client.GetMeAsync(new GetMeRequest());
        Assert.That(me.LoggedIn, Is.False);
        Assert.That(me.User, Is.Null);
    }

    [TestCase("https://evil.example/steal")]
    [TestCase("//evil.example/steal")]
    [TestCase("/\\evil.example")]
    [TestCase("javascript:alert(1)")]
    public async Task Return_address_cannot_leave_the_frontend(string returnTo)
    {
        using var browser = new TestBrowser();
        using var landed = await site.SignInAsync(browser, Ada, "?return_to=" + Uri.EscapeDataString(returnTo));
        Assert.That(landed.Headers.Location!.AbsoluteUri, Is.EqualTo(SignInSite.Frontend + "/"));
    }

    [Test]
    public async Task Signing_keys_are_cached_not_fetched_per_login()
    {
        using var first = new TestBrowser();
        using (await site.SignInAsync(first, Ada))
        {
        }

        var fetched = site.Issuer.JwksRequests;
        for (var i = 0; i < 3; i++)
        {
            using var browser = new TestBrowser();
            using var landed = await site.SignInAsync(browser, Ada);
            Assert.That(browser.Cookie("session_id"), Is.Not.Null);
        }

        Assert.That(site.Issuer.JwksRequests, Is.EqualTo(fetched));
    }

    private const string ChartBody =
        """{"datetime":"1991-03-25T09:46:00","latitude":18.5204,"longitude":73.8567,"tz":"Asia/Kolkata"}""";
}
