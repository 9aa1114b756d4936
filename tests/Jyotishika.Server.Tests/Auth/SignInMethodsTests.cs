namespace Jyotishika.Server.Tests.Auth;

/// <summary>GET /auth/methods tells a page which sign-in links can work, from the server's configuration alone.</summary>
public sealed class SignInMethodsTests
{
    [Test]
    public async Task Without_Google_or_a_development_login_none_is_offered()
    {
        var methods = await ServerFixture.Rest.GetStringAsync(new Uri("/auth/methods", UriKind.Relative));

        Assert.That(methods, Is.EqualTo("{\"google\":false,\"development\":false}"));
    }

    [Test]
    public async Task Configured_Google_and_development_login_are_both_offered()
    {
        await using var site = await SignInSite.StartAsync(environment: "Development", settings: ["DEV_LOGIN_EMAIL=newcomer@example.com"]);

        var methods = await site.Server.Rest.GetStringAsync(new Uri("/auth/methods", UriKind.Relative));

        Assert.That(methods, Is.EqualTo("{\"google\":true,\"development\":true}"));
    }
}
