using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using StackExchange.Redis;

namespace Jyotishika.Server.Tests.Auth;

/// <summary>What a session cookie cannot do: outlive a deactivation, or act for another site.</summary>
[TestFixture]
public sealed class SessionSecurityTests
{
    private static readonly FakeUser Lise = new("908774219340009", "lise@example.com", "Lise Meitner");
    private SignInSite site = null!;
    private ConnectionMultiplexer redis = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        site = await SignInSite.StartAsync(settings: ["ALLOWED_ORIGINS=https://partner.jyotishika.test"]);
        redis = await ConnectionMultiplexer.ConnectAsync(global::Jyotishika.Server.Storage.RedisUrl.Parse(site.RedisUrl));
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await redis.DisposeAsync();
        await site.DisposeAsync();
    }

    [Test]
    public async Task Deactivation_ends_an_open_session_at_the_next_allowlist_check()
    {
        await site.ApproveAsync(Lise.Email);
        using var browser = new TestBrowser();
        using (await site.SignInAsync(browser, Lise))
        {
        }

        await site.ApproveAsync(Lise.Email, active: false);

        // The allowlist is consulted again once the last check is five minutes old; move it back to stand in for that.
        var key = "jyotishika:session:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(browser.Cookie("session_id")!)));
        var database = redis.GetDatabase();
        var session = JsonNode.Parse((string)(await database.StringGetAsync(key))!)!;
        session["VerifiedAt"] = DateTimeOffset.UtcNow.AddMinutes(-6).ToString("O");
        await database.StringSetAsync(key, session.ToJsonString(), expiry: null, keepTtl: true);

        using var refused = await site.SendAsync(browser, HttpMethod.Get, "/v1/tokens");

        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(await database.KeyExistsAsync(key), Is.False, "the session is deleted");
        await site.ApproveAsync(Lise.Email);
    }

    [TestCase("https://evil.example", HttpStatusCode.Forbidden)]
    [TestCase("null", HttpStatusCode.Forbidden)]
    [TestCase(SignInSite.Frontend, HttpStatusCode.OK)]
    [TestCase("https://partner.jyotishika.test", HttpStatusCode.OK)]
    public async Task A_state_changing_request_from_another_site_does_not_get_the_session(string origin, HttpStatusCode expected)
    {
        await site.ApproveAsync(Lise.Email);
        using var browser = new TestBrowser();
        using (await site.SignInAsync(browser, Lise))
        {
        }

        // text/plain needs no CORS preflight, which is exactly what a forging page would send.
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(site.Server.BaseUrl, "/v1/tokens"))
        {
            Content = new StringContent("""{"name":"forged"}""", Encoding.UTF8, "text/plain"),
        };
        request.Headers.Add("Origin", origin);

        using var response = await browser.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(expected), await response.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task A_cross_site_page_cannot_sign_the_user_out()
    {
        await site.ApproveAsync(Lise.Email);
        using var browser = new TestBrowser();
        using (await site.SignInAsync(browser, Lise))
        {
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(site.Server.BaseUrl, "/auth/logout"));
        request.Headers.Add("Origin", "https://evil.example");
        using (await browser.SendAsync(request))
        {
        }

        using var me = await site.SendAsync(browser, HttpMethod.Get, "/me");
        using var json = JsonDocument.Parse(await me.Content.ReadAsStringAsync());
        Assert.That(json.RootElement.GetProperty("loggedIn").GetBoolean(), Is.True);
    }
}
