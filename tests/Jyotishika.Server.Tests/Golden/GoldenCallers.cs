using System.Net;
using System.Net.Http.Headers;
using Jyotishika.Server.Platform.Identity;
using Jyotishika.Server.Tests.Auth;
using Jyotishika.V1;

namespace Jyotishika.Server.Tests.Golden;

/// <summary>
/// The golden user (a browser session and an API token) and a stranger (a token), signed in before any golden request
/// so that their ids and token are known placeholders: &lt;user-golden&gt;, &lt;token-golden&gt; and so on.
/// </summary>
internal sealed class GoldenCallers : IDisposable
{
    private readonly TestBrowser browser;
    private readonly string goldenSecret;
    private readonly string strangerSecret;

    private GoldenCallers(TestBrowser browser, string goldenSecret, string strangerSecret)
    {
        this.browser = browser;
        this.goldenSecret = goldenSecret;
        this.strangerSecret = strangerSecret;
    }

    public static async Task<GoldenCallers> SignUpAsync(SignInSite site, Placeholders placeholders)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(placeholders);
        var goldenBrowser = new TestBrowser();
        try
        {
            var golden = await SignUpAsync(site, goldenBrowser, "golden", placeholders);
            using var strangerBrowser = new TestBrowser();
            var stranger = await SignUpAsync(site, strangerBrowser, "stranger", placeholders);
            return new GoldenCallers(goldenBrowser, golden, stranger);
        }
        catch
        {
            goldenBrowser.Dispose();
            throw;
        }
    }

    /// <summary>Puts <paramref name="caller"/>'s credential on the request (secrets behind placeholders made real).</summary>
    public void Apply(HttpRequestMessage request, string caller, Placeholders placeholders)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(caller);
        switch (caller)
        {
            case Callers.Token:
                Bearer(request, goldenSecret);
                break;
            case Callers.Stranger:
                Bearer(request, strangerSecret);
                break;
            case Callers.Session:
                request.Headers.Add("cookie", $"{SessionCookie.Name}={browser.Cookie(SessionCookie.Name)}");
                break;
            case Callers.UnknownToken:
                Bearer(request, "jyk_golden-token-that-was-never-issued");
                break;
            case Callers.None:
                break;
            case var named when named.StartsWith(Callers.BearerPrefix, StringComparison.Ordinal):
                Bearer(request, placeholders.ToReal(named[Callers.BearerPrefix.Length..], strict: false));
                break;
            default:
                throw new ArgumentException($"Unknown caller '{caller}'", nameof(caller));
        }
    }

    public void Dispose() => browser.Dispose();

    private static void Bearer(HttpRequestMessage request, string secret) =>
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", secret);

    /// <summary>Approves, signs in with <paramref name="browser"/> and makes a token; returns its secret.</summary>
    private static async Task<string> SignUpAsync(SignInSite site, TestBrowser browser, string who, Placeholders placeholders)
    {
        var user = new FakeUser("sub-" + who, who + "@example.com", who);
        await site.ApproveAsync(user.Email);
        using (await site.SignInAsync(browser, user))
        {
        }

        using var created = await site.SendAsync(browser, HttpMethod.Post, "/v1/tokens", $$"""{"name":"{{who}}'s script"}""");
        var body = await created.Content.ReadAsStringAsync();
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        var token = Google.Protobuf.JsonParser.Default.Parse<CreateApiTokenResponse>(body);

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(site.Server.BaseUrl, "/v1/me"));
        Bearer(request, token.Secret);
        using var me = await site.Server.Rest.SendAsync(request);
        var userId = System.Text.Json.Nodes.JsonNode.Parse(await me.Content.ReadAsStringAsync())!["user"]!["id"]!.GetValue<string>();

        placeholders.Register($"<user-{who}>", userId);
        placeholders.Register($"<token-{who}>", token.Token.Id);
        placeholders.Register($"<token-{who}-secret>", token.Secret);
        placeholders.Register($"<token-{who}-prefix>", token.Token.Prefix);
        return token.Secret;
    }
}
