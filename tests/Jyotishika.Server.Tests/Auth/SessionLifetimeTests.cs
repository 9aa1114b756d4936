using System.Net;
using System.Text.Json;

namespace Jyotishika.Server.Tests.Auth;

/// <summary>A session ends at its absolute lifetime however active it is. A server with a two-second lifetime.</summary>
[TestFixture]
public sealed class SessionLifetimeTests
{
    private static readonly FakeUser Emmy = new("708774219340007", "emmy@example.com", "Emmy Noether");

    [Test]
    public async Task A_session_past_its_absolute_lifetime_is_over_even_while_in_use()
    {
        await using var site = await SignInSite.StartAsync(settings: ["SESSION_ABSOLUTE_LIFETIME_SECONDS=2", "SESSION_TTL_SECONDS=3600"]);
        await site.ApproveAsync(Emmy.Email);
        using var browser = new TestBrowser();
        using (await site.SignInAsync(browser, Emmy))
        {
        }

        // Used every half second: the idle timeout keeps sliding, the absolute end does not.
        var started = DateTimeOffset.UtcNow;
        while (DateTimeOffset.UtcNow - started < TimeSpan.FromSeconds(1.5))
        {
            Assert.That(await LoggedInAsync(site, browser), Is.True);
            await Task.Delay(500);
        }

        await Task.Delay(TimeSpan.FromSeconds(1.2));
        Assert.That(await LoggedInAsync(site, browser), Is.False);
        using var tokens = await site.SendAsync(browser, HttpMethod.Get, "/v1/tokens");
        Assert.That(tokens.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    private static async Task<bool> LoggedInAsync(SignInSite site, TestBrowser browser)
    {
        using var response = await site.SendAsync(browser, HttpMethod.Get, "/v1/me");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("loggedIn").GetBoolean();
    }
}
