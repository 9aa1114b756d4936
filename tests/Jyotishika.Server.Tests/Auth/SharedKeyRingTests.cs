using System.Net;
using System.Text.Json;
using Jyotishika.Server.Platform.Identity;
using Jyotishika.Server.Storage.Redis;
using Jyotishika.Server.Tests.Infrastructure;
using StackExchange.Redis;

namespace Jyotishika.Server.Tests.Auth;

/// <summary>
/// Instances behind one balancer share the Data Protection key ring in Redis, encrypted at rest under SECRET_KEY: a
/// sign-in begun on one instance (whose nonce cookie is protected with the ring) completes on another, and its session
/// holds on both. Each test has a Redis of its own, so no other test's ring is in the way. (In-process servers of one
/// test run could also meet in the machine's default key folder; the ring's place in Redis and its encryption under
/// SECRET_KEY are what the second and third tests show.)
/// </summary>
[TestFixture]
public sealed class SharedKeyRingTests
{
    private static readonly FakeUser Grace = new("108774219340077", "grace@example.com", "Grace Hopper");

    private LocalRedis redis = null!;

    [SetUp]
    public async Task StartRedisAsync() => redis = await LocalRedis.StartAsync();

    [TearDown]
    public async Task StopRedisAsync() => await redis.DisposeAsync();

    [Test]
    public async Task A_sign_in_begun_on_one_instance_completes_on_another_and_holds_on_both()
    {
        await using var site = await SignInSite.StartAsync(redis: redis);
        await site.ApproveAsync(Grace.Email);
        await using var peer = await site.StartPeerAsync();
        using var browser = new TestBrowser();

        var authorize = await site.BeginAsync(browser, "?return_to=/charts/today");
        var callback = await site.AuthorizeAsync(browser, authorize, Grace);
        using var landed = await browser.GetAsync(On(peer, callback));

        Assert.That(landed.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(landed.Headers.Location!.AbsoluteUri, Is.EqualTo(SignInSite.Frontend + "/charts/today"), "signed in, not sent to the failure page");
        Assert.That(browser.Cookie(SessionCookie.Name), Is.Not.Null);
        var signIns = await Metrics.Scrape.MetricsAsync(peer.Rest);
        Assert.That(Metrics.Scrape.Named(signIns, "jyotishika_sign_ins_total", ("result", "succeeded")).Single().Value, Is.EqualTo(1),
            "counted where it completed");
        foreach (var instance in new[] { site.Server, peer })
        {
            using var me = await browser.GetAsync(new Uri(instance.BaseUrl, "/me"));
            using var json = JsonDocument.Parse(await me.Content.ReadAsStringAsync());
            Assert.That(json.RootElement.GetProperty("user").GetProperty("email").GetString(), Is.EqualTo(Grace.Email), instance.BaseUrl.ToString());
        }
    }

    [Test]
    public async Task The_ring_in_Redis_holds_no_key_in_clear()
    {
        await using var site = await SignInSite.StartAsync(redis: redis);
        using var browser = new TestBrowser();
        await site.BeginAsync(browser);

        var connection = await ConnectionMultiplexer.ConnectAsync(global::Jyotishika.Server.Storage.RedisUrl.Parse(site.RedisUrl));
        await using (connection)
        {
            var ring = await connection.GetDatabase().ListRangeAsync(RedisKeys.DataProtectionKeys);
            Assert.That(ring, Is.Not.Empty, "the sign-in's nonce cookie made the first key");
            Assert.That(ring.Select(key => key.ToString()), Is.All.Contains("secretKeyEncrypted").And.All.Not.Contains("masterKey"));
        }
    }

    /// <summary>
    /// What a SECRET_KEY rotation does to a sign-in under way: the instance with the new key cannot read the ring the old
    /// one wrote, so it cannot read the nonce cookie, and the sign-in ends on the failure page (never a 500). Sessions
    /// and API tokens are not protected with the ring and survive a rotation.
    /// </summary>
    [Test]
    public async Task An_instance_with_another_SECRET_KEY_cannot_finish_the_sign_in_and_says_so_politely()
    {
        await using var site = await SignInSite.StartAsync(redis: redis);
        await site.ApproveAsync(Grace.Email);
        await using var rotated = await site.StartPeerAsync("SECRET_KEY=rotated-secret-key-fedcba9876543210fedcba98");
        using var browser = new TestBrowser();

        var authorize = await site.BeginAsync(browser);
        var callback = await site.AuthorizeAsync(browser, authorize, Grace);
        using var landed = await browser.GetAsync(On(rotated, callback));

        Assert.That(landed.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await landed.Content.ReadAsStringAsync());
        Assert.That(landed.Headers.Location!.AbsoluteUri, Is.EqualTo(SignInSite.Frontend + "/?login=failed"), "the failure page");
        Assert.That(browser.Cookie(SessionCookie.Name), Is.Null);
        var signIns = await Metrics.Scrape.MetricsAsync(rotated.Rest);
        Assert.That(Metrics.Scrape.Named(signIns, "jyotishika_sign_ins_total", ("result", "failed")).Single().Value, Is.EqualTo(1),
            "a failed sign-in is counted for the alert on sign-in failures");
    }

    /// <summary>The same request, sent to another instance (as a balancer would route it).</summary>
    private static Uri On(RunningServer instance, Uri url) =>
        new UriBuilder(url) { Host = instance.BaseUrl.Host, Port = instance.BaseUrl.Port }.Uri;
}
