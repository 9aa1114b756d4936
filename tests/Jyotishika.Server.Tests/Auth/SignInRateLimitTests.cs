using System.Net;
using System.Text.Json;

namespace Jyotishika.Server.Tests.Auth;

/// <summary>Sign-in addresses take ten requests per minute per client IP (the default), then 429 RESOURCE_EXHAUSTED.</summary>
[TestFixture]
public sealed class SignInRateLimitTests
{
    [Test]
    public async Task The_eleventh_login_in_a_minute_is_refused_with_retry_after()
    {
        // An empty value restores the default of 10 that SignInSite raises for other tests.
        // A Redis of its own: limits are counted in Redis, and other servers on the shared one must not use this budget.
        await using var redis = await Jyotishika.Server.Tests.Infrastructure.LocalRedis.StartAsync();
        await using var site = await SignInSite.StartAsync(redis: redis, settings: ["AUTH_RATE_LIMIT_PER_MINUTE="]);
        using var browser = new TestBrowser();
        var login = new Uri(site.Server.BaseUrl, "/auth/google/login");
        for (var i = 0; i < 10; i++)
        {
            using var allowed = await browser.GetAsync(login);
            Assert.That(allowed.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), $"login {i + 1} of 10");
        }

        using var refused = await browser.GetAsync(login);

        Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(refused.Headers.RetryAfter?.Delta, Is.Not.Null.And.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(TimeSpan.FromMinutes(1)));
        using var json = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        Assert.That(json.RootElement.GetProperty("code").GetInt32(), Is.EqualTo((int)Grpc.Core.StatusCode.ResourceExhausted));

        // The callback has an allowance of its own, and other routes are not limited by sign-in's.
        using var callback = await browser.GetAsync(new Uri(site.Server.BaseUrl, "/auth/google/callback?code=x&state=y"));
        Assert.That(callback.StatusCode, Is.Not.EqualTo(HttpStatusCode.TooManyRequests));
        using var me = await site.SendAsync(browser, HttpMethod.Get, "/me");
        Assert.That(me.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}
