using System.Net;
using Jyotishika.Server.Tests.Infrastructure;
using Npgsql;

namespace Jyotishika.Server.Tests.Auth;

/// <summary>
/// A server wired to the fake OpenID issuer, a fresh database on the shared PostgreSQL and a Redis, plus the steps
/// a browser takes to sign in. Production by default, so cookies are Secure and calculations need a caller.
/// </summary>
public sealed class SignInSite : IAsyncDisposable
{
    public const string ClientId = "jyotishika-test.apps.example";
    public const string ClientSecret = "fake-client-secret-for-tests";
    public const string Frontend = "https://app.jyotishika.test";

    private readonly IReadOnlyList<string> sharedSettings;

    private SignInSite(FakeOpenIdIssuer issuer, RunningServer server, string databaseUrl, string redisUrl, IReadOnlyList<string> sharedSettings)
    {
        Issuer = issuer;
        Server = server;
        DatabaseUrl = databaseUrl;
        RedisUrl = redisUrl;
        this.sharedSettings = sharedSettings;
    }

    public FakeOpenIdIssuer Issuer { get; }

    public RunningServer Server { get; }

    public string DatabaseUrl { get; }

    public string RedisUrl { get; }

    /// <summary>
    /// Starts issuer and server. <paramref name="redis"/> defaults to the shared Redis and <paramref name="databaseUrl"/>
    /// to a fresh database on the shared PostgreSQL; extra settings win.
    /// </summary>
    public static async Task<SignInSite> StartAsync(
        string environment = "Production", LocalRedis? redis = null, string? databaseUrl = null, params string[] settings)
    {
        var issuer = await FakeOpenIdIssuer.StartAsync(ClientId, ClientSecret).ConfigureAwait(false);
        databaseUrl ??= await SharedServers.NewDatabaseAsync().ConfigureAwait(false);
        var redisUrl = (redis ?? await SharedServers.RedisAsync().ConfigureAwait(false)).Url;
        try
        {
            string[] shared =
            [
                $"environment={environment}",
                $"DATABASE_URL={databaseUrl}",
                $"REDIS_URL={redisUrl}",
                $"GOOGLE_CLIENT_ID={ClientId}",
                $"GOOGLE_CLIENT_SECRET={ClientSecret}",
                $"GOOGLE_ISSUER={issuer.Issuer}",
                $"FRONTEND_BASE_URL={Frontend}",
                "AUTH_RATE_LIMIT_PER_MINUTE=1000",
                // Every test calls from 127.0.0.1: limits far above what the suite sends, and a Redis timeout no stall of a
                // loaded machine reaches (SignInRateLimitTests counts exactly; RateLimiting/ tests the timeout).
                "RATE_LIMIT_PER_IP_PER_MINUTE=1000000",
                "RATE_LIMIT_CALCULATIONS_PER_USER_PER_MINUTE=1000000",
                "RATE_LIMIT_REDIS_TIMEOUT_MS=1000",
                "SECRET_KEY=test-secret-key-0123456789abcdef0123456789",
                .. settings,
            ];
            var server = await RunningServer.StartAsync(self => [.. shared, $"APP_BASE_URL={self}"]).ConfigureAwait(false);
            return new SignInSite(issuer, server, databaseUrl, redisUrl, shared);
        }
        catch
        {
            await issuer.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Another instance of this site, as behind one balancer: the same issuer, database, Redis, settings and public address
    /// (APP_BASE_URL, this site's), on a port of its own. <paramref name="settings"/> win.
    /// </summary>
    public Task<RunningServer> StartPeerAsync(params string[] settings) =>
        RunningServer.StartAsync([.. sharedSettings, $"APP_BASE_URL={Server.BaseUrl}", .. settings]);

    public NpgsqlConnection OpenDatabase()
    {
        var builder = global::Jyotishika.Server.Storage.DatabaseUrl.Parse(DatabaseUrl);
        builder.Pooling = false;
        var connection = new NpgsqlConnection(builder.ConnectionString);
        connection.Open();
        return connection;
    }

    /// <summary>Puts an email on the allowlist (or changes whether it is active), as an operator does in SQL.</summary>
    public async Task ApproveAsync(string email, bool active = true)
    {
        await using var connection = OpenDatabase();
        await using var command = new NpgsqlCommand(
            "INSERT INTO approved_users (email, is_active) VALUES (@email, @active) ON CONFLICT (email) DO UPDATE SET is_active = @active",
            connection);
        command.Parameters.AddWithValue("email", email.ToLowerInvariant());
        command.Parameters.AddWithValue("active", active);
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    /// <summary>Step 1: the browser asks to sign in and is sent to the issuer's authorize endpoint.</summary>
    public async Task<Uri> BeginAsync(TestBrowser browser, string query = "")
    {
        ArgumentNullException.ThrowIfNull(browser);
        using var response = await browser.GetAsync(new Uri(Server.BaseUrl, "/auth/google/login" + query)).ConfigureAwait(false);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "login should redirect to the issuer");
        return response.Headers.Location!;
    }

    /// <summary>Step 2: the issuer signs <paramref name="user"/> in and sends the browser back with code and state.</summary>
    public async Task<Uri> AuthorizeAsync(TestBrowser browser, Uri authorize, FakeUser user)
    {
        ArgumentNullException.ThrowIfNull(browser);
        Issuer.NextUser = user;
        using var response = await browser.GetAsync(authorize).ConfigureAwait(false);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "the issuer should redirect back to the callback");
        return response.Headers.Location!;
    }

    /// <summary>Step 3: the callback; its answer is returned (a redirect to the frontend, or an error).</summary>
    public Task<HttpResponseMessage> CallbackAsync(TestBrowser browser, Uri callback)
    {
        ArgumentNullException.ThrowIfNull(browser);
        return browser.GetAsync(callback);
    }

    /// <summary>All three steps; returns the callback's answer.</summary>
    public async Task<HttpResponseMessage> SignInAsync(TestBrowser browser, FakeUser user, string query = "")
    {
        var authorize = await BeginAsync(browser, query).ConfigureAwait(false);
        var callback = await AuthorizeAsync(browser, authorize, user).ConfigureAwait(false);
        return await CallbackAsync(browser, callback).ConfigureAwait(false);
    }

    /// <summary>A REST request carrying the browser's cookies.</summary>
    public Task<HttpResponseMessage> SendAsync(TestBrowser browser, HttpMethod method, string path, string? json = null)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var request = new HttpRequestMessage(method, new Uri(Server.BaseUrl, path));
        if (json is not null)
        {
            request.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        }

        return browser.SendAsync(request);
    }

    /// <summary>Approves and signs in <paramref name="who"/>, then makes them an API token; returns its secret.</summary>
    public async Task<string> ApiTokenForAsync(string who)
    {
        var user = new FakeUser("sub-" + who, who + "@example.com", who);
        await ApproveAsync(user.Email).ConfigureAwait(false);
        using var browser = new TestBrowser();
        using (await SignInAsync(browser, user).ConfigureAwait(false))
        {
        }

        Assert.That(browser.Cookie(Jyotishika.Server.Platform.Identity.SessionCookie.Name), Is.Not.Null, $"{who} is signed in");
        using var response = await SendAsync(browser, HttpMethod.Post, "/v1/tokens", $$"""{"name":"{{who}}'s script"}""")
            .ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        return Google.Protobuf.JsonParser.Default.Parse<Jyotishika.V1.CreateApiTokenResponse>(body).Secret;
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync().ConfigureAwait(false);
        await Issuer.DisposeAsync().ConfigureAwait(false);
    }
}
