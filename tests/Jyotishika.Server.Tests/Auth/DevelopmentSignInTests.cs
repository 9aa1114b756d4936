using System.Net;
using System.Text.Json;

namespace Jyotishika.Server.Tests.Auth;

/// <summary>Development only: DEV_LOGIN_EMAIL signs a newcomer in without Google (Production refuses it at start-up).</summary>
[TestFixture]
public sealed class DevelopmentSignInTests
{
    [Test]
    public async Task The_configured_email_signs_in_without_google()
    {
        await using var site = await SignInSite.StartAsync(environment: "Development", settings: ["DEV_LOGIN_EMAIL=Newcomer@Example.com"]);
        using var browser = new TestBrowser();

        using var response = await browser.GetAsync(new Uri(site.Server.BaseUrl, "/auth/dev/login?return_to=/profiles"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location!.AbsoluteUri, Is.EqualTo(SignInSite.Frontend + "/profiles"));
        var cookie = browser.Received.Last(c => c.Name.Value == "session_id");
        Assert.That(cookie.Secure, Is.False, "Development over plain HTTP");
        using var me = await site.SendAsync(browser, HttpMethod.Get, "/me");
        using var json = JsonDocument.Parse(await me.Content.ReadAsStringAsync());
        Assert.That(json.RootElement.GetProperty("user").GetProperty("email").GetString(), Is.EqualTo("newcomer@example.com"));
    }

    [Test]
    public async Task A_deactivated_development_email_stays_out()
    {
        await using var site = await SignInSite.StartAsync(environment: "Development", settings: ["DEV_LOGIN_EMAIL=gone@example.com"]);
        await site.ApproveAsync("gone@example.com", active: false);
        using var browser = new TestBrowser();

        using var response = await browser.GetAsync(new Uri(site.Server.BaseUrl, "/auth/dev/login"));

        Assert.That(response.Headers.Location!.AbsoluteUri, Is.EqualTo(SignInSite.Frontend + "/?login=denied"));
        Assert.That(browser.Cookie("session_id"), Is.Null);
    }

    [Test]
    public async Task Without_the_setting_there_is_no_development_sign_in()
    {
        using var response = await ServerFixture.Rest.GetAsync(new Uri("/auth/dev/login", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }
}
