using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using StackExchange.Redis;

namespace Jyotishika.Server.Tests.Auth;

/// <summary>
/// Every way a sign-in can be wrong ends the same way for the browser: a redirect to the frontend with one generic
/// word, no session cookie and no session. The reasons are for the server log only.
/// </summary>
[TestFixture]
public sealed class GoogleSignInRejectionTests
{
    private static readonly FakeUser Grace = new("208774219340002", "grace@example.com", "Grace Hopper");
    private SignInSite site = null!;
    private ConnectionMultiplexer redis = null!;

    private static string Failed => SignInSite.Frontend + "/?login=failed";

    private static string Denied => SignInSite.Frontend + "/?login=denied";

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        site = await SignInSite.StartAsync();
        await site.ApproveAsync(Grace.Email);
        redis = await ConnectionMultiplexer.ConnectAsync(global::Jyotishika.Server.Storage.RedisUrl.Parse(site.RedisUrl));
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await redis.DisposeAsync();
        await site.DisposeAsync();
    }

    [Test]
    public async Task A_replayed_state_is_refused_before_the_code_is_exchanged()
    {
        using var victim = new TestBrowser();
        var authorize = await site.BeginAsync(victim);
        var callback = await site.AuthorizeAsync(victim, authorize, Grace);
        var cookiesAtCallback = victim.Received.Where(c => !c.Name.Value!.StartsWith("session", StringComparison.Ordinal)).ToList();
        using (var first = await site.CallbackAsync(victim, callback))
        {
            Assert.That(first.Headers.Location!.AbsoluteUri, Is.EqualTo(SignInSite.Frontend + "/"));
        }

        // The attacker replays the exact callback with every cookie the victim's browser had then.
        using var attacker = new TestBrowser();
        foreach (var cookie in cookiesAtCallback)
        {
            attacker.SetCookie(cookie.Name.Value!, cookie.Value.Value!);
        }

        var exchanges = site.Issuer.TokenRequests;
        using var replay = await site.CallbackAsync(attacker, callback);

        AssertRefused(replay, attacker, Failed);
        Assert.That(site.Issuer.TokenRequests, Is.EqualTo(exchanges), "the state check comes before any code exchange");
    }

    [Test]
    public async Task A_forged_state_is_refused()
    {
        using var browser = new TestBrowser();
        var authorize = await site.BeginAsync(browser);
        var callback = await site.AuthorizeAsync(browser, authorize, Grace);
        var forged = WithQuery(callback, "state", "Zm9yZ2VkLXN0YXRlLXRoYXQtd2FzLW5ldmVyLWlzc3VlZC1ieS11cw");
        var exchanges = site.Issuer.TokenRequests;

        using var response = await site.CallbackAsync(browser, forged);

        AssertRefused(response, browser, Failed);
        Assert.That(site.Issuer.TokenRequests, Is.EqualTo(exchanges));
    }

    [Test]
    public async Task An_expired_state_is_refused()
    {
        using var browser = new TestBrowser();
        var authorize = await site.BeginAsync(browser);
        var state = QueryHelpers.ParseQuery(authorize.Query)["state"].ToString();

        // Stands in for ten minutes passing: Redis expires the key exactly as its TTL would.
        Assert.That(await redis.GetDatabase().KeyExpireAsync("jyotishika:oauth-state:" + state, TimeSpan.FromMilliseconds(1)), Is.True);
        await Task.Delay(20);
        var callback = await site.AuthorizeAsync(browser, authorize, Grace);

        using var response = await site.CallbackAsync(browser, callback);

        AssertRefused(response, browser, Failed);
    }

    [Test]
    public async Task A_wrong_nonce_is_refused() =>
        await AssertTamperedTokenRefusedAsync(new IdTokenTampering { Nonce = "a-nonce-from-another-login" });

    [Test]
    public async Task A_wrong_audience_is_refused() =>
        await AssertTamperedTokenRefusedAsync(new IdTokenTampering { Audience = "some-other-client.apps.example" });

    [Test]
    public async Task A_wrong_issuer_is_refused() =>
        await AssertTamperedTokenRefusedAsync(new IdTokenTampering { Issuer = "https://accounts.evil.example" });

    [Test]
    public async Task A_bad_signature_is_refused() =>
        await AssertTamperedTokenRefusedAsync(new IdTokenTampering { SignWithUnpublishedKey = true });

    [Test]
    public async Task An_expired_id_token_is_refused() =>
        await AssertTamperedTokenRefusedAsync(new IdTokenTampering { ExpiresIn = TimeSpan.FromHours(-1) });

    [Test]
    public async Task An_email_not_on_the_allowlist_is_denied_but_recorded()
    {
        using var browser = new TestBrowser();
        var stranger = new FakeUser("308774219340003", "stranger@example.com", "Stranger");

        using var response = await site.SignInAsync(browser, stranger);

        AssertRefused(response, browser, Denied);
        await using var connection = site.OpenDatabase();
        await using var command = new Npgsql.NpgsqlCommand("SELECT count(*) FROM users WHERE email = 'stranger@example.com'", connection);
        Assert.That(await command.ExecuteScalarAsync(), Is.EqualTo(1L), "the user is upserted even when not approved");
    }

    [Test]
    public async Task A_deactivated_user_is_denied()
    {
        var retired = new FakeUser("408774219340004", "retired@example.com", "Retired");
        await site.ApproveAsync(retired.Email, active: false);
        using var browser = new TestBrowser();

        using var response = await site.SignInAsync(browser, retired);

        AssertRefused(response, browser, Denied);
    }

    [Test]
    public async Task An_unverified_email_is_denied()
    {
        using var browser = new TestBrowser();

        using var response = await site.SignInAsync(browser, Grace with { EmailVerified = false });

        AssertRefused(response, browser, Denied);
    }

    [Test]
    public async Task A_session_cookie_set_before_login_is_never_the_session_after_it()
    {
        // The attacker signs in and plants their own valid session id in the victim's browser.
        var mallory = new FakeUser("508774219340005", "mallory@example.com", "Mallory");
        await site.ApproveAsync(mallory.Email);
        using var attacker = new TestBrowser();
        using (await site.SignInAsync(attacker, mallory))
        {
        }

        var planted = attacker.Cookie("session_id")!;
        using var victim = new TestBrowser();
        victim.SetCookie("session_id", planted);

        using (await site.SignInAsync(victim, Grace))
        {
        }

        Assert.That(victim.Cookie("session_id"), Is.Not.Null.And.Not.EqualTo(planted));
        Assert.That(await MeAsync(victim), Is.EqualTo("grace@example.com"));
        using var stale = new TestBrowser();
        stale.SetCookie("session_id", planted);
        Assert.That(await MeAsync(stale), Is.Null, "the session brought to the login is ended by it");
    }

    [Test]
    public async Task An_invented_session_id_is_not_a_session()
    {
        using var browser = new TestBrowser();
        browser.SetCookie("session_id", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");

        Assert.That(await MeAsync(browser), Is.Null);
        using var tokens = await site.SendAsync(browser, HttpMethod.Get, "/v1/tokens");
        Assert.That(tokens.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Sessions_are_stored_under_a_hash_with_the_idle_timeout()
    {
        using var browser = new TestBrowser();
        using (await site.SignInAsync(browser, Grace))
        {
        }

        var id = browser.Cookie("session_id")!;
        var database = redis.GetDatabase();
        Assert.That(await database.KeyExistsAsync("jyotishika:session:" + id), Is.False, "the raw id is not a key");
        var hashed = "jyotishika:session:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(id)));
        var ttl = await database.KeyTimeToLiveAsync(hashed);
        Assert.That(ttl, Is.Not.Null.And.InRange(TimeSpan.FromDays(3) - TimeSpan.FromMinutes(1), TimeSpan.FromDays(3)));
    }

    private async Task AssertTamperedTokenRefusedAsync(IdTokenTampering tampering)
    {
        using var browser = new TestBrowser();
        var authorize = await site.BeginAsync(browser);
        var callback = await site.AuthorizeAsync(browser, authorize, Grace);
        site.Issuer.Tamper = tampering;

        using var response = await site.CallbackAsync(browser, callback);

        AssertRefused(response, browser, Failed);
        Assert.That(await MeAsync(browser), Is.Null);
    }

    private static void AssertRefused(HttpResponseMessage response, TestBrowser browser, string landing)
    {
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(response.Headers.Location?.AbsoluteUri, Is.EqualTo(landing));
            Assert.That(browser.Cookie("session_id"), Is.Null, "no session cookie after a refused sign-in");
        });
    }

    /// <summary>The signed-in email per GET /me, or null when logged out.</summary>
    private async Task<string?> MeAsync(TestBrowser browser)
    {
        using var response = await site.SendAsync(browser, HttpMethod.Get, "/me");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("loggedIn").GetBoolean()
            ? json.RootElement.GetProperty("user").GetProperty("email").GetString()
            : null;
    }

    private static Uri WithQuery(Uri uri, string name, string value)
    {
        var query = QueryHelpers.ParseQuery(uri.Query).ToDictionary(pair => pair.Key, pair => (string?)pair.Value.ToString());
        query[name] = value;
        return new Uri(QueryHelpers.AddQueryString(uri.GetLeftPart(UriPartial.Path), query));
    }
}
