using Jyotishika.Server.Tests.Auth;

namespace Jyotishika.Server.Tests.Edge;

/// <summary>
/// One Production server for the edge tests: the fake Google issuer, storage, Secure cookies, calculations that need a
/// caller, and a partner origin besides the frontend in ALLOWED_ORIGINS.
/// </summary>
[SetUpFixture]
public sealed class ProductionEdge
{
    public const string Partner = "https://partner.jyotishika.test";

    private static SignInSite? site;

    public static SignInSite Site => site ?? throw new InvalidOperationException("The Production edge server is not started");

    /// <summary>No cookies, and redirects are answers to look at, not to follow.</summary>
    public static HttpClient Client { get; } = new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });

    [OneTimeSetUp]
    public async Task StartAsync() => site = await SignInSite.StartAsync(settings: [$"ALLOWED_ORIGINS={Partner}"]);

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        Client.Dispose();
        if (site is not null)
        {
            await site.DisposeAsync();
        }
    }

    /// <summary>A request to the Production server, as a browser page on <paramref name="origin"/> would send it.</summary>
    public static HttpRequestMessage Request(HttpMethod method, string path, string? origin = null, string? json = null)
    {
        var request = new HttpRequestMessage(method, new Uri(Site.Server.BaseUrl, path));
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        }

        return request;
    }
}
