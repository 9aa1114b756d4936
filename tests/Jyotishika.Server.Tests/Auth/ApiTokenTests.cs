using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Dapper;
using Google.Protobuf;
using Grpc.Core;
using Jyotishika.Server.Platform.Identity;
using Jyotishika.Server.Storage.Accounts;
using Jyotishika.Server.Tests.Infrastructure;
using Jyotishika.V1;

namespace Jyotishika.Server.Tests.Auth;

/// <summary>
/// Personal API tokens end to end, in Production settings: made from a browser session, shown once, stored as a hash,
/// accepted as <c>authorization: Bearer</c> by REST and gRPC alike until revoked, expired or the account is deactivated.
/// </summary>
[TestFixture]
public sealed class ApiTokenTests
{
    private const string ChartBody =
        """{"datetime":"1991-03-25T09:46:00","latitude":18.5204,"longitude":73.8567,"tz":"Asia/Kolkata"}""";

    private SignInSite site = null!;
    private AuthService.AuthServiceClient auth = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        site = await SignInSite.StartAsync();
        auth = new AuthService.AuthServiceClient(site.Server.Grpc);
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await site.DisposeAsync();

    [Test]
    public async Task Secret_is_shown_once_and_the_database_keeps_only_its_SHA256()
    {
        using var browser = await SignedInAsync("asha");

        var created = await CreateTokenAsync(browser, "laptop script");
        using var listed = await site.SendAsync(browser, HttpMethod.Get, "/v1/tokens");
        var listBody = await listed.Content.ReadAsStringAsync();
        var (storedHash, storedRow) = await StoredRowAsync(created.Token.Id);

        var secret = created.Secret;
        var unlisted = secret[created.Token.Prefix.Length..];
        Assert.Multiple(() =>
        {
            Assert.That(secret, Does.StartWith("jyk_").And.Length.EqualTo(4 + 43), "jyk_ + 256 random bits in base64url");
            Assert.That(created.Token.Name, Is.EqualTo("laptop script"));
            Assert.That(secret, Does.StartWith(created.Token.Prefix));
            Assert.That(created.Token.Prefix, Has.Length.LessThan(secret.Length / 2), "the prefix tells tokens apart but is no use alone");
        });

        Assert.That(listed.StatusCode, Is.EqualTo(HttpStatusCode.OK), listBody);
        var token = JsonParser.Default.Parse<ListApiTokensResponse>(listBody).Tokens.Single();
        Assert.Multiple(() =>
        {
            Assert.That(token.Id, Is.EqualTo(created.Token.Id));
            Assert.That(token.Name, Is.EqualTo("laptop script"));
            Assert.That(token.Prefix, Is.EqualTo(created.Token.Prefix));
            Assert.That(token.CreatedAt, Is.EqualTo(created.Token.CreatedAt));
            Assert.That(token.CreatedAt.ToDateTimeOffset(), Is.EqualTo(DateTimeOffset.UtcNow).Within(TimeSpan.FromMinutes(1)));
            Assert.That(listBody, Does.Not.Contain(unlisted), "the listing never carries the secret");
            Assert.That(listBody, Does.Not.Contain("\"secret\""));
        });

        Assert.Multiple(() =>
        {
            Assert.That(storedHash, Is.EqualTo(SHA256.HashData(Encoding.ASCII.GetBytes(secret))));
            Assert.That(storedRow, Does.Not.Contain(unlisted), "no column holds the secret");
        });
    }

    [Test]
    public async Task Token_authenticates_REST_and_gRPC_alike_and_opens_calculations_in_production()
    {
        using var browser = await SignedInAsync("bhaskar");
        var secret = (await CreateTokenAsync(browser, "ci job")).Secret;
        var charts = new ChartService.ChartServiceClient(site.Server.Grpc);

        using var restMe = await SendAsync(HttpMethod.Get, "/v1/me", "Bearer " + secret);
        var grpcMe = await auth.GetMeAsync(new GetMeRequest(), Bearer(secret));
        using var restChart = await SendAsync(HttpMethod.Post, "/v1/chart", "Bearer " + secret, ChartBody);
        using var anonymousRestChart = await SendAsync(HttpMethod.Post, "/v1/chart", authorization: null, ChartBody);
        var grpcChart = await charts.ComputeChartAsync(ChartRequests.Pune1991(), Bearer(secret));
        var anonymousGrpcChart = Assert.ThrowsAsync<RpcException>(async () => await charts.ComputeChartAsync(ChartRequests.Pune1991()));

        // REST writes enums without their prefix (API_TOKEN), as the older system's clients expect.
        var restMeBody = JsonNode.Parse(await restMe.Content.ReadAsStringAsync())!;
        Assert.Multiple(() =>
        {
            Assert.That(restMeBody["loggedIn"]!.GetValue<bool>(), Is.True);
            Assert.That(restMeBody["authMethod"]!.GetValue<string>(), Is.EqualTo("API_TOKEN"));
            Assert.That(restMeBody["user"]!["email"]!.GetValue<string>(), Is.EqualTo("bhaskar@example.com"));
            Assert.That(restMeBody["expiresAt"], Is.Null, "a token made without expiresAt never expires");
            Assert.That(grpcMe.LoggedIn, Is.True);
            Assert.That(grpcMe.AuthMethod, Is.EqualTo(AuthMethod.ApiToken));
            Assert.That(grpcMe.User.Email, Is.EqualTo("bhaskar@example.com"));
            Assert.That(grpcMe.ExpiresAt, Is.Null);
        });

        Assert.That(restChart.StatusCode, Is.EqualTo(HttpStatusCode.OK), await restChart.Content.ReadAsStringAsync());
        Assert.That(grpcChart.Planets, Is.Not.Empty);
        await AssertRefusedAsync(anonymousRestChart, HttpStatusCode.Unauthorized, StatusCode.Unauthenticated);
        Assert.That(anonymousGrpcChart!.StatusCode, Is.EqualTo(StatusCode.Unauthenticated));
    }

    [Test]
    public async Task Using_a_token_records_when_it_was_last_used()
    {
        using var browser = await SignedInAsync("kavya");
        var created = await CreateTokenAsync(browser, "nightly backup");
        var before = await LastUsedAtAsync(created.Token.Id);

        await auth.ListApiTokensAsync(new ListApiTokensRequest(), Bearer(created.Secret));

        var after = await LastUsedAtAsync(created.Token.Id);
        var listed = await ListAsync(browser);
        Assert.Multiple(() =>
        {
            Assert.That(created.Token.LastUsedAt, Is.Null);
            Assert.That(before, Is.Null, "not used yet");
            Assert.That(after, Is.EqualTo(DateTime.UtcNow).Within(TimeSpan.FromMinutes(1)));
            Assert.That(listed.Single().LastUsedAt, Is.Not.Null);
        });
    }

    [Test]
    public async Task Revoked_token_stops_working_at_once_and_cannot_be_revoked_twice()
    {
        using var browser = await SignedInAsync("chitra");
        var created = await CreateTokenAsync(browser, "old laptop");
        await auth.ListApiTokensAsync(new ListApiTokensRequest(), Bearer(created.Secret));

        using var revoked = await site.SendAsync(browser, HttpMethod.Delete, "/v1/tokens/" + created.Token.Id);
        using var rest = await SendAsync(HttpMethod.Get, "/v1/tokens", "Bearer " + created.Secret);
        var grpc = GrpcListRefusal(Bearer(created.Secret));
        using var again = await site.SendAsync(browser, HttpMethod.Delete, "/v1/tokens/" + created.Token.Id);

        Assert.That(revoked.StatusCode, Is.EqualTo(HttpStatusCode.OK), await revoked.Content.ReadAsStringAsync());
        await AssertRefusedAsync(rest, HttpStatusCode.Unauthorized, StatusCode.Unauthenticated);
        Assert.That(grpc, Is.EqualTo(StatusCode.Unauthenticated));
        await AssertRefusedAsync(again, HttpStatusCode.NotFound, StatusCode.NotFound);
        Assert.That(await ListAsync(browser), Is.Empty, "revoked tokens are not listed");
    }

    [Test]
    public async Task Expired_token_is_refused()
    {
        using var browser = await SignedInAsync("dinesh");
        var expiresAt = DateTimeOffset.UtcNow.AddMinutes(5);
        var created = await CreateTokenAsync(browser, "short lived", expiresAt);
        var meBefore = await auth.GetMeAsync(new GetMeRequest(), Bearer(created.Secret));

        // Simulates time passing: the token's whole life moves two hours into the past (the CHECK constraint wants
        // expires_at after created_at, so both move).
        await using (var connection = site.OpenDatabase())
        {
            await connection.ExecuteAsync(
                "UPDATE api_tokens SET created_at = now() - interval '2 hours', expires_at = now() - interval '1 hour' WHERE id = @id",
                new { id = Guid.Parse(created.Token.Id) });
        }

        using var rest = await SendAsync(HttpMethod.Get, "/v1/tokens", "Bearer " + created.Secret);
        var grpc = GrpcListRefusal(Bearer(created.Secret));
        var meAfter = await auth.GetMeAsync(new GetMeRequest(), Bearer(created.Secret));

        // GetMe carries the expiry in whole seconds.
        Assert.That(meBefore.ExpiresAt.ToDateTimeOffset(), Is.EqualTo(expiresAt).Within(TimeSpan.FromSeconds(1)));
        await AssertRefusedAsync(rest, HttpStatusCode.Unauthorized, StatusCode.Unauthenticated);
        Assert.That(grpc, Is.EqualTo(StatusCode.Unauthenticated));
        Assert.That(meAfter.LoggedIn, Is.False);
        var listed = (await ListAsync(browser)).Single();
        Assert.That(listed.ExpiresAt.ToDateTimeOffset(), Is.LessThan(DateTimeOffset.UtcNow), "still listed, marked expired");
    }

    [Test]
    public async Task Token_of_a_deactivated_account_is_refused_with_PERMISSION_DENIED()
    {
        using var browser = await SignedInAsync("gauri");
        var secret = (await CreateTokenAsync(browser, "home server")).Secret;

        await site.ApproveAsync("gauri@example.com", active: false);
        using var rest = await SendAsync(HttpMethod.Get, "/v1/tokens", "Bearer " + secret);
        using var chart = await SendAsync(HttpMethod.Post, "/v1/chart", "Bearer " + secret, ChartBody);
        var grpc = GrpcListRefusal(Bearer(secret));

        await AssertRefusedAsync(rest, HttpStatusCode.Forbidden, StatusCode.PermissionDenied);
        await AssertRefusedAsync(chart, HttpStatusCode.Forbidden, StatusCode.PermissionDenied);
        Assert.That(grpc, Is.EqualTo(StatusCode.PermissionDenied));
    }

    [Test]
    public async Task Deactivated_account_cannot_create_a_token_with_a_session_inside_its_allowlist_window()
    {
        using var restBrowser = await SignedInAsync("kirti");
        using var grpcBrowser = await SignedInAsync("kirti");
        await site.ApproveAsync("kirti@example.com", active: false);

        // Both sessions checked the allowlist at sign-in a moment ago, so authentication trusts them for five minutes more.
        using var stillTrusted = await site.SendAsync(restBrowser, HttpMethod.Get, "/v1/tokens");
        using var rest = await site.SendAsync(restBrowser, HttpMethod.Post, "/v1/tokens", CreateBody("after deactivation"));
        var grpc = Assert.ThrowsAsync<RpcException>(async () => await auth.CreateApiTokenAsync(
            new CreateApiTokenRequest { Name = "after deactivation" },
            new Metadata { { "cookie", $"{SessionCookie.Name}={grpcBrowser.Cookie(SessionCookie.Name)}" } }));
        using var afterwards = await site.SendAsync(grpcBrowser, HttpMethod.Get, "/v1/tokens");

        Assert.That(stillTrusted.StatusCode, Is.EqualTo(HttpStatusCode.OK), "inside the window the session itself is still accepted");
        await AssertRefusedAsync(rest, HttpStatusCode.Forbidden, StatusCode.PermissionDenied);
        Assert.That(grpc!.StatusCode, Is.EqualTo(StatusCode.PermissionDenied), grpc.Status.Detail);
        Assert.That(await TokensOfAsync("kirti@example.com"), Is.Zero, "no token was minted");
        Assert.That(afterwards.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "the refusal ended the session");
    }

    [Test]
    public async Task Another_user_can_neither_see_nor_revoke_a_token()
    {
        using var owner = await SignedInAsync("hema");
        using var other = await SignedInAsync("ishaan");
        var created = await CreateTokenAsync(owner, "hema's script");
        await CreateTokenAsync(other, "ishaan's script");

        using var revoke = await site.SendAsync(other, HttpMethod.Delete, "/v1/tokens/" + created.Token.Id);
        var othersList = await ListAsync(other);
        var stillWorks = await auth.ListApiTokensAsync(new ListApiTokensRequest(), Bearer(created.Secret));

        await AssertRefusedAsync(revoke, HttpStatusCode.NotFound, StatusCode.NotFound);
        Assert.That(othersList.Select(t => t.Name), Is.EqualTo(new[] { "ishaan's script" }));
        Assert.That(stillWorks.Tokens.Select(t => t.Id), Is.EqualTo(new[] { created.Token.Id }));
    }

    [Test]
    public async Task Token_cannot_create_tokens()
    {
        using var browser = await SignedInAsync("jaya");
        var secret = (await CreateTokenAsync(browser, "build agent")).Secret;

        using var rest = await SendAsync(HttpMethod.Post, "/v1/tokens", "Bearer " + secret, """{"name":"minted by a token"}""");
        var grpc = Assert.ThrowsAsync<RpcException>(async () =>
            await auth.CreateApiTokenAsync(new CreateApiTokenRequest { Name = "minted by a token" }, Bearer(secret)));

        await AssertRefusedAsync(rest, HttpStatusCode.Forbidden, StatusCode.PermissionDenied);
        Assert.That(grpc!.StatusCode, Is.EqualTo(StatusCode.PermissionDenied));
        Assert.That((await ListAsync(browser)).Select(t => t.Name), Is.EqualTo(new[] { "build agent" }));
    }

    private static IEnumerable<TestCaseData> BadCreations() =>
    [
        new TestCaseData(string.Empty, null, "name").SetArgDisplayNames("empty name"),
        new TestCaseData("   ", null, "name").SetArgDisplayNames("blank name"),
        new TestCaseData(new string('n', 101), null, "name").SetArgDisplayNames("101-character name"),
        new TestCaseData("script", -1.0, "expiresAt").SetArgDisplayNames("expiry a day ago"),
        new TestCaseData("script", 400.0, "expiresAt").SetArgDisplayNames("expiry 400 days ahead"),
    ];

    [TestCaseSource(nameof(BadCreations))]
    public async Task Bad_creation_is_INVALID_ARGUMENT_naming_the_field(string name, double? expiresInDays, string field)
    {
        using var browser = await SignedInAsync("lata");
        DateTimeOffset? expiresAt = expiresInDays is { } days ? DateTimeOffset.UtcNow.AddDays(days) : null;

        using var response = await site.SendAsync(browser, HttpMethod.Post, "/v1/tokens", CreateBody(name, expiresAt));
        var body = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), body);
        Assert.That(RestErrors.ViolatedFields(body), Is.EqualTo(new[] { field }));
        Assert.That(await ListAsync(browser), Is.Empty, "nothing was created");
    }

    [Test]
    public async Task Longest_name_and_furthest_expiry_are_accepted()
    {
        using var browser = await SignedInAsync("madhav");
        var name = new string('n', 100);
        var expiresAt = DateTimeOffset.UtcNow.AddDays(365);

        var created = await CreateTokenAsync(browser, name, expiresAt);

        Assert.That(created.Token.Name, Is.EqualTo(name));
        Assert.That(created.Token.ExpiresAt.ToDateTimeOffset(), Is.EqualTo(expiresAt).Within(TimeSpan.FromSeconds(1)));
    }

    [Test]
    public async Task Expiry_a_moment_ahead_is_accepted_or_refused_never_a_server_error()
    {
        using var browser = await SignedInAsync("omkar");
        var answers = new List<(int AheadMs, HttpStatusCode Status, string Body)>();

        // The sweep crosses the instant where the server's clock still calls the expiry future but the database's
        // transaction clock, read a moment later for created_at, no longer does.
        for (var aheadMs = 0; aheadMs <= 40; aheadMs++)
        {
            var body = CreateBody("blink", DateTimeOffset.UtcNow.AddMilliseconds(aheadMs));
            using var response = await site.SendAsync(browser, HttpMethod.Post, "/v1/tokens", body);
            answers.Add((aheadMs, response.StatusCode, await response.Content.ReadAsStringAsync()));
        }

        Assert.That(answers.Where(a => a.Status is not (HttpStatusCode.OK or HttpStatusCode.BadRequest)), Is.Empty);
        Assert.That(
            answers.Where(a => a.Status == HttpStatusCode.BadRequest).SelectMany(a => RestErrors.ViolatedFields(a.Body)).Distinct(),
            Is.SubsetOf(new[] { "expiresAt" }));
    }

    [Test]
    public async Task Revoking_something_that_is_not_a_token_id_is_INVALID_ARGUMENT_naming_tokenId()
    {
        using var browser = await SignedInAsync("naveen");

        using var response = await site.SendAsync(browser, HttpMethod.Delete, "/v1/tokens/not-a-uuid");
        var body = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), body);
        Assert.That(RestErrors.ViolatedFields(body), Is.EqualTo(new[] { "tokenId" }));
    }

    private static IEnumerable<TestCaseData> GarbageAuthorizations() =>
    [
        new TestCaseData("Bearer ").SetArgDisplayNames("empty bearer"),
        new TestCaseData("Bearer jyk_short").SetArgDisplayNames("short token"),
        new TestCaseData("Basic abc").SetArgDisplayNames("basic scheme"),
        new TestCaseData("Bearer " + ApiTokenStore.SecretPrefix + new string('A', 43)).SetArgDisplayNames("well-formed unknown token"),
    ];

    [TestCaseSource(nameof(GarbageAuthorizations))]
    public async Task Garbage_authorization_is_UNAUTHENTICATED_never_a_server_error(string authorization)
    {
        using var rest = await SendAsync(HttpMethod.Get, "/v1/tokens", authorization);
        var grpc = GrpcListRefusal(new Metadata { { "authorization", authorization } });

        await AssertRefusedAsync(rest, HttpStatusCode.Unauthorized, StatusCode.Unauthenticated);
        Assert.That(grpc, Is.EqualTo(StatusCode.Unauthenticated));
    }

    [Test]
    public async Task Anonymous_caller_cannot_list_tokens()
    {
        using var rest = await SendAsync(HttpMethod.Get, "/v1/tokens", authorization: null);
        var grpc = GrpcListRefusal(new Metadata());

        await AssertRefusedAsync(rest, HttpStatusCode.Unauthorized, StatusCode.Unauthenticated);
        Assert.That(rest.Headers.WwwAuthenticate.ToString(), Does.Contain("Bearer"));
        Assert.That(grpc, Is.EqualTo(StatusCode.Unauthenticated));
    }

    private static Metadata Bearer(string secret) => new() { { "authorization", "Bearer " + secret } };

    /// <summary>The status a protected gRPC call (ListApiTokens) fails with when made with <paramref name="headers"/>.</summary>
    private StatusCode GrpcListRefusal(Metadata headers) =>
        Assert.ThrowsAsync<RpcException>(async () => await auth.ListApiTokensAsync(new ListApiTokensRequest(), headers))!.StatusCode;

    private static string CreateBody(string name, DateTimeOffset? expiresAt = null)
    {
        var body = new JsonObject { ["name"] = name };
        if (expiresAt is { } at)
        {
            body["expiresAt"] = at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture);
        }

        return body.ToJsonString();
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, HttpStatusCode status, StatusCode code)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(status), body);
        Assert.That(JsonNode.Parse(body)!["code"]!.GetValue<int>(), Is.EqualTo((int)code), body);
    }

    /// <summary>Approves and signs in a person of their own, so no test sees another test's tokens.</summary>
    private async Task<TestBrowser> SignedInAsync(string who)
    {
        var user = new FakeUser("sub-" + who, who + "@example.com", who);
        await site.ApproveAsync(user.Email);
        var browser = new TestBrowser();
        using var landed = await site.SignInAsync(browser, user);
        Assert.That(browser.Cookie(SessionCookie.Name), Is.Not.Null, $"{who} is signed in");
        return browser;
    }

    private async Task<CreateApiTokenResponse> CreateTokenAsync(TestBrowser browser, string name, DateTimeOffset? expiresAt = null)
    {
        using var response = await site.SendAsync(browser, HttpMethod.Post, "/v1/tokens", CreateBody(name, expiresAt));
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        return JsonParser.Default.Parse<CreateApiTokenResponse>(body);
    }

    private async Task<IReadOnlyList<ApiToken>> ListAsync(TestBrowser browser)
    {
        using var response = await site.SendAsync(browser, HttpMethod.Get, "/v1/tokens");
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body);
        return JsonParser.Default.Parse<ListApiTokensResponse>(body).Tokens;
    }

    /// <summary>A REST call without cookies, as a program makes it; <paramref name="authorization"/> is sent verbatim.</summary>
    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? authorization, string? json = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return await site.Server.Rest.SendAsync(request);
    }

    private async Task<(byte[] SecretHash, string Row)> StoredRowAsync(string tokenId)
    {
        await using var connection = site.OpenDatabase();
        return await connection.QuerySingleAsync<(byte[], string)>(
            "SELECT secret_hash, row_to_json(t)::text FROM api_tokens t WHERE id = @id", new { id = Guid.Parse(tokenId) });
    }

    private async Task<long> TokensOfAsync(string email)
    {
        await using var connection = site.OpenDatabase();
        return await connection.ExecuteScalarAsync<long>(
            "SELECT count(*) FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE u.email = @email", new { email });
    }

    private async Task<DateTime?> LastUsedAtAsync(string tokenId)
    {
        await using var connection = site.OpenDatabase();
        return await connection.ExecuteScalarAsync<DateTime?>(
            "SELECT last_used_at FROM api_tokens WHERE id = @id", new { id = Guid.Parse(tokenId) });
    }
}
