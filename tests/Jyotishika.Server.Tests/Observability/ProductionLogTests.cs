using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Grpc.Core;
using Jyotishika.Server.Configuration;
using Jyotishika.Server.Platform.Identity;
using Jyotishika.Server.Platform.Observability;
using Jyotishika.Server.Storage;
using Jyotishika.Server.Tests.Auth;
using Jyotishika.Server.Tests.Infrastructure;
using Jyotishika.Server.Tests.Profiles;
using Jyotishika.V1;
using Microsoft.AspNetCore.WebUtilities;
using Npgsql;

namespace Jyotishika.Server.Tests.Observability;

/// <summary>
/// The server as operators run it — its own process, Production, LOG_LEVEL=DEBUG and ASP.NET Core's own Debug lines
/// on too — taken through a whole account's life with secrets planted at every turn (sign-in through the fake Google,
/// an API token, a profile, a bad request, a bogus bearer, a secret in a query string, logout). Its standard output is
/// then read as a log collector reads it: one JSON object per line, request lines with correlation id and route, and
/// none of the planted secrets.
/// </summary>
[TestFixture]
public sealed class ProductionLogTests
{
    private const string Email = "Zebedee.Quillfeather@example.org";
    private const string DisplayName = "Zebedee Quillfeather";
    private const string ProfileName = "Ottoline Marchbanks";
    private const string StrangerEmail = "Unapproved.Stranger@example.org";
    private const string BadRequestId = "log-test-bad-request";
    private const string GrpcRequestId = "log-test-grpc";
    private const string LastRequestId = "log-test-last";

    private readonly Dictionary<string, string> planted = new(StringComparer.Ordinal);
    private IReadOnlyList<string> output = [];
    private IReadOnlyList<string> errors = [];
    private IReadOnlyList<JsonObject> lines = [];

    [OneTimeSetUp]
    public async Task RunScenarioAsync()
    {
        var secretKey = RandomNumberGenerator.GetHexString(64, lowercase: true);
        await using var issuer = await FakeOpenIdIssuer.StartAsync(SignInSite.ClientId, SignInSite.ClientSecret);
        var databaseUrl = await SharedServers.NewDatabaseAsync();
        var redis = await SharedServers.RedisAsync();
        planted["GOOGLE_CLIENT_SECRET"] = SignInSite.ClientSecret;
        planted["SECRET_KEY"] = secretKey;
        planted["database password"] = (await SharedServers.PostgresAsync()).Password;
        planted["email"] = Email;
        planted["email, normalized"] = EmailAddress.Normalize(Email);
        planted["display name"] = DisplayName;
        planted["profile name"] = ProfileName;
        planted["refused email"] = StrangerEmail;

        await using var server = await ServerProcess.StartAsync(self =>
        [
            "environment=Production",
            "LOG_LEVEL=DEBUG",
            "Logging:LogLevel:Microsoft.AspNetCore=Debug",
            $"DATABASE_URL={databaseUrl}",
            $"REDIS_URL={redis.Url}",
            $"GOOGLE_CLIENT_ID={SignInSite.ClientId}",
            $"GOOGLE_CLIENT_SECRET={SignInSite.ClientSecret}",
            $"GOOGLE_ISSUER={issuer.Issuer}",
            $"APP_BASE_URL={self}",
            $"FRONTEND_BASE_URL={SignInSite.Frontend}",
            $"SECRET_KEY={secretKey}",

            // As SignInSite: every test calls from 127.0.0.1 and the limits are counted in the shared Redis, so the
            // defaults (10 sign-ins a minute) are other tests' to exhaust.
            "AUTH_RATE_LIMIT_PER_MINUTE=1000",
            "RATE_LIMIT_PER_IP_PER_MINUTE=1000000",
            "RATE_LIMIT_CALCULATIONS_PER_USER_PER_MINUTE=1000000",
            "RATE_LIMIT_REDIS_TIMEOUT_MS=1000",
        ]);
        await ApproveAsync(databaseUrl, Email);
        using var browser = new TestBrowser();
        await SignInAsync(server, issuer, browser);
        var secret = await CreateApiTokenAsync(server, browser);
        await UseAsync(server, browser, secret);
        await FailSignInsAsync(server, issuer);
        await MarkEndAsync(server);

        await server.WaitForOutputAsync(LastRequestId, TimeSpan.FromSeconds(10));
        output = server.StandardOutput;
        errors = server.StandardError;
        lines = [.. output.Select(Parse).OfType<JsonObject>()];
    }

    [Test]
    public void Every_line_is_one_JSON_object_with_timestamp_level_category_and_message()
    {
        Assert.That(output, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            Assert.That(errors, Is.Empty, "nothing on standard error");
            foreach (var line in output)
            {
                var json = Parse(line);
                Assert.That(json?["Timestamp"]?.GetValue<string>(), Does.Match(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$"), line);
                Assert.That(
                    json?["LogLevel"]?.GetValue<string>(), Is.AnyOf("Trace", "Debug", "Information", "Warning", "Error", "Critical"), line);
                Assert.That(json?["Category"]?.GetValue<string>(), Is.Not.Empty, line);
                Assert.That(json?["Message"]?.GetValue<string>(), Is.Not.Null, line);
            }
        });
        var first = DateTimeOffset.Parse(lines[0]["Timestamp"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        Assert.That(first, Is.EqualTo(DateTimeOffset.UtcNow).Within(TimeSpan.FromMinutes(5)), "UTC, not local time");
    }

    [Test]
    public void A_REST_request_line_has_method_route_status_duration_and_the_correlation_and_trace_ids()
    {
        var line = RequestLine(BadRequestId);

        Assert.Multiple(() =>
        {
            Assert.That(line["LogLevel"]!.GetValue<string>(), Is.EqualTo("Information"));
            Assert.That(line["State"]!["Method"]!.GetValue<string>(), Is.EqualTo("POST"));
            Assert.That(line["State"]!["Route"]!.GetValue<string>(), Is.EqualTo("/v1/chart"));
            Assert.That(line["State"]!["Status"]!.GetValue<int>(), Is.EqualTo(400));
            Assert.That(line["State"]!["DurationMs"]!.GetValue<double>(), Is.GreaterThan(0).And.LessThan(30_000));
            Assert.That(ScopeValue(line, "TraceId"), Does.Match("^[0-9a-f]{32}$"));
            Assert.That(line["Message"]!.GetValue<string>(), Does.StartWith("POST /v1/chart answered 400 in "));
        });
    }

    [Test]
    public void A_gRPC_request_line_names_the_method_and_its_grpc_status()
    {
        var line = RequestLine(GrpcRequestId);

        Assert.Multiple(() =>
        {
            Assert.That(line["State"]!["Route"]!.GetValue<string>(), Is.EqualTo("/jyotishika.v1.ProfileService/CreateProfile"));
            Assert.That(line["State"]!["Status"]!.GetValue<int>(), Is.EqualTo(200));
            Assert.That(line["State"]!["GrpcStatus"]!.GetValue<string>(), Is.EqualTo("0"));
        });
    }

    [Test]
    public void Every_line_logged_inside_a_request_carries_its_correlation_id()
    {
        // Kestrel's connection bookkeeping ("completed keep alive response") is written after the pipeline has returned.
        var insideRequests = lines
            .Where(line => ScopeValue(line, "RequestId") is not null)
            .Where(line => !Category(line).StartsWith("Microsoft.AspNetCore.Server.Kestrel", StringComparison.Ordinal))
            .ToList();
        var requestLines = lines.Where(line => Category(line) == typeof(RequestLogMiddleware).FullName).ToList();

        Assert.That(insideRequests, Has.Count.GreaterThanOrEqualTo(requestLines.Count));
        Assert.That(requestLines, Has.Count.GreaterThanOrEqualTo(10), "one per request of the scenario");
        Assert.That(insideRequests.Where(line => ScopeValue(line, "CorrelationId") is null).Select(line => line.ToJsonString()), Is.Empty);
        var routes = requestLines.Select(line => line["State"]!["Route"]!.GetValue<string>());
        Assert.That(routes, Has.None.Contain("?"), "routes, never raw URLs");
    }

    [Test]
    public void A_refused_sign_in_is_logged_with_the_email_masked()
    {
        var refusal = lines
            .Select(line => line["Message"]!.GetValue<string>())
            .Where(message => message.StartsWith("Sign-in refused", StringComparison.Ordinal));

        Assert.That(refusal, Is.EqualTo(new[] { "Sign-in refused for u***@example.org: NotApproved" }));
    }

    [Test]
    public void LOG_LEVEL_DEBUG_writes_Debug_lines()
    {
        Assert.That(lines.Select(line => line["LogLevel"]!.GetValue<string>()), Does.Contain("Debug"));
    }

    [Test]
    public void No_planted_secret_or_personal_data_appears_in_the_log()
    {
        var log = output.Concat(errors).ToList();
        string? LineWith(string value) => log.FirstOrDefault(line => line.Contains(value, StringComparison.OrdinalIgnoreCase));

        var leaks = planted.Select(secret => (secret.Key, Line: LineWith(secret.Value))).Where(leak => leak.Line is not null);
        var tokens = LineWith("eyJ");

        Assert.That(planted, Has.Count.GreaterThanOrEqualTo(15), "the scenario planted what it set out to");
        Assert.That(leaks.Select(leak => $"{leak.Key} in {leak.Line}"), Is.Empty);
        Assert.That(tokens, Is.Null, "a JSON Web Token (the ID token) is in the log");
    }

    private static JsonObject? Parse(string line)
    {
        try
        {
            return JsonNode.Parse(line) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Category(JsonObject line) => line["Category"]!.GetValue<string>();

    private static string? ScopeValue(JsonObject line, string key) =>
        line["Scopes"]?.AsArray().OfType<JsonObject>().Select(scope => scope[key]).OfType<JsonValue>().Select(value => value.ToString())
            .FirstOrDefault();

    private JsonObject RequestLine(string correlationId) =>
        lines.SingleOrDefault(line => Category(line) == typeof(RequestLogMiddleware).FullName
            && ScopeValue(line, "CorrelationId") == correlationId)
        ?? throw new AssertionException($"No request line carries correlation id {correlationId}.");

    /// <summary>An operator's SQL, once the server's migrations have made the table.</summary>
    private static async Task ApproveAsync(string databaseUrl, string email)
    {
        var builder = global::Jyotishika.Server.Storage.DatabaseUrl.Parse(databaseUrl);
        builder.Pooling = false;
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(builder.ConnectionString);
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand("INSERT INTO approved_users (email) VALUES (@email)", connection);
                command.Parameters.AddWithValue("email", EmailAddress.Normalize(email));
                await command.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException missing) when (missing.SqlState == PostgresErrorCodes.UndefinedTable && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }
        }
    }

    /// <summary>The browser's sign-in, planting what crosses it: state, nonce, PKCE verifier, code and every cookie.</summary>
    private async Task SignInAsync(ServerProcess server, FakeOpenIdIssuer issuer, TestBrowser browser)
    {
        using var login = await browser.GetAsync(new Uri(server.BaseUrl, "/auth/google/login"));
        Assert.That(login.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        issuer.NextUser = new FakeUser("sub-zebedee-4242", Email, DisplayName);
        using var authorized = await browser.GetAsync(login.Headers.Location!);
        var callback = authorized.Headers.Location!;
        using var landed = await browser.GetAsync(callback);
        Assert.That(landed.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));

        var query = QueryHelpers.ParseQuery(callback.Query);
        planted["OAuth code"] = query["code"].ToString();
        planted["OAuth state"] = query["state"].ToString();
        planted["OIDC nonce"] = issuer.LastAuthorize!["nonce"];
        planted["PKCE code_verifier"] = issuer.LastTokenRequest!["code_verifier"];
        planted["session id"] = browser.Cookie(SessionCookie.Name) ?? throw new AssertionException("not signed in");
        foreach (var cookie in browser.Received.Where(cookie => cookie.Value.Length >= 16))
        {
            planted[$"cookie {cookie.Name}"] = cookie.Value.ToString();
        }
    }

    private async Task<string> CreateApiTokenAsync(ServerProcess server, TestBrowser browser)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server.BaseUrl, "/v1/tokens"))
        {
            Content = new StringContent("""{"name":"log test"}""", Encoding.UTF8, "application/json"),
        };
        using var created = await browser.SendAsync(request);
        var body = await created.Content.ReadAsStringAsync();
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        var secret = JsonNode.Parse(body)!["secret"]!.GetValue<string>();
        planted["API token"] = secret;
        return secret;
    }

    /// <summary>The token at work over REST and gRPC, the failures a log must describe without quoting, then logout.</summary>
    private async Task UseAsync(ServerProcess server, TestBrowser browser, string secret)
    {
        using var rest = new HttpClient { BaseAddress = server.BaseUrl };
        var bogus = "jyk_" + RandomNumberGenerator.GetHexString(43, lowercase: true);
        var querySecret = RandomNumberGenerator.GetHexString(40, lowercase: true);
        planted["bogus bearer"] = bogus;
        planted["query-string secret"] = querySecret;

        Assert.That(await SendAsync(rest, HttpMethod.Get, "/v1/me", secret), Is.EqualTo(HttpStatusCode.OK));
        var profile = Births.Profile(ProfileName);
        Assert.That(await SendAsync(rest, HttpMethod.Post, "/v1/profiles", secret, profile), Is.EqualTo(HttpStatusCode.OK));
        var badChart = """{"datetime":"1991-03-25T09:46:00","latitude":95,"longitude":73.8,"tz":"Asia/Kolkata"}""";
        var bad = await SendAsync(rest, HttpMethod.Post, "/v1/chart", secret, badChart, BadRequestId);
        Assert.That(bad, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await SendAsync(rest, HttpMethod.Get, "/v1/profiles", bogus), Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((int)await SendAsync(rest, HttpMethod.Get, $"/v1/places?q=Pune&access_token={querySecret}", secret), Is.LessThan(500));

        var profiles = new ProfileService.ProfileServiceClient(server.Grpc);
        await profiles.CreateProfileAsync(
            new CreateProfileRequest { Profile = Births.PuneProfile(ProfileName) },
            new Metadata { { "authorization", "Bearer " + secret }, { RequestCorrelation.HeaderName, GrpcRequestId } });
        var refused = Assert.ThrowsAsync<RpcException>(async () =>
            await profiles.ListProfilesAsync(new ListProfilesRequest(), new Metadata { { "authorization", "Bearer " + bogus } }));
        Assert.That(refused!.StatusCode, Is.EqualTo(StatusCode.Unauthenticated));

        using (var logout = await browser.SendAsync(new HttpRequestMessage(HttpMethod.Post, new Uri(server.BaseUrl, "/auth/logout"))))
        {
            Assert.That(logout.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

    }

    /// <summary>A stranger Google vouches for but nobody approved, and a callback with a forged code and state.</summary>
    private async Task FailSignInsAsync(ServerProcess server, FakeOpenIdIssuer issuer)
    {
        using (var stranger = new TestBrowser())
        {
            using var login = await stranger.GetAsync(new Uri(server.BaseUrl, "/auth/google/login"));
            issuer.NextUser = new FakeUser("sub-stranger-77", StrangerEmail, "Stranger");
            using var authorized = await stranger.GetAsync(login.Headers.Location!);
            using var refused = await stranger.GetAsync(authorized.Headers.Location!);
            Assert.That(refused.Headers.Location?.Query, Does.Contain("login=denied"));
        }

        var forgedCode = RandomNumberGenerator.GetHexString(40, lowercase: true);
        var forgedState = RandomNumberGenerator.GetHexString(40, lowercase: true);
        planted["forged code"] = forgedCode;
        planted["forged state"] = forgedState;
        using var forger = new TestBrowser();
        using var failed = await forger.GetAsync(new Uri(server.BaseUrl, $"/auth/google/callback?code={forgedCode}&state={forgedState}"));
        Assert.That((int)failed.StatusCode, Is.LessThan(500));
    }

    /// <summary>A last request whose line, once written, means every earlier line is too.</summary>
    private static async Task MarkEndAsync(ServerProcess server)
    {
        using var rest = new HttpClient { BaseAddress = server.BaseUrl };
        Assert.That(await SendAsync(rest, HttpMethod.Get, "/healthz", null, correlationId: LastRequestId), Is.EqualTo(HttpStatusCode.OK));
    }

    private static async Task<HttpStatusCode> SendAsync(
        HttpClient rest, HttpMethod method, string path, string? bearer, string? json = null, string? correlationId = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (bearer is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + bearer);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        if (correlationId is not null)
        {
            request.Headers.Add(RequestCorrelation.HeaderName, correlationId);
        }

        using var response = await rest.SendAsync(request);
        return response.StatusCode;
    }
}
