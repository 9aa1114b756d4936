using System.Net;
using System.Text.Json;

namespace Jyotishika.Server.Tests.Auth;

/// <summary>A session ends at its absolute lifetime however active it is. A server with a three-second lifetime.</summary>
[TestFixture]
public sealed class SessionLifetimeTests
{
    private static readonly FakeUser Emmy = new("708774219340007", "emmy@example.com", "Emmy Noether");

    [Test]
    public async Task A_session_past_its_absolute_lifetime_is_over_even_while_in_use()
    {
        await using var site = await SignInSite.StartAsync(settings: ["SESSION_ABSOLUTE_LIFETIME_SECONDS=3", "SESSION_TTL_SECONDS=3600"]);
        await site.ApproveAsync(Emmy.Email);

        // A first sign-in warms the server up (JIT, discovery, pools), so the timed one below is quick.
        using (var warmUp = new TestBrowser())
        using (await site.SignInAsync(warmUp, Emmy))
        {
        }

        using var browser = new TestBrowser();
        var signedIn = System.Diagnostics.Stopwatch.StartNew();
        using (await site.SignInAsync(browser, Emmy))
        {
        }

        // The session exists by now, so it ends at most 3 s from here (the sign-in itself may take a while on a busy machine).
        var createdBy = System.Diagnostics.Stopwatch.StartNew();

        // Used every 0.4 s: the idle timeout keeps sliding, the absolute end does not. The session was created after the
        // stopwatch started, so an answer received before 2.9 s was given while it was alive.
        var used = 0;
        while (signedIn.Elapsed < TimeSpan.FromSeconds(2.5))
        {
            var loggedIn = await LoggedInAsync(site, browser);
            if (signedIn.Elapsed < TimeSpan.FromSeconds(2.9))
            {
                Assert.That(loggedIn, Is.True);
                used++;
            }

            await Task.Delay(400);
        }

        Assert.That(used, Is.GreaterThan(0), "the session was used while alive");
        // Past the latest possible end, with a second's margin for the store's whole-second expiry.
        await Task.Delay(TimeSpan.FromSeconds(4) - createdBy.Elapsed is { Ticks: > 0 } rest ? rest : TimeSpan.Zero);
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
