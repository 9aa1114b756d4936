using System.Buffers.Text;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Jyotishika.Server.Tests.Auth;

/// <summary>
/// The fake issuer behaves like Google's authorization code + PKCE flow, so sign-in tests can trust it.
/// One issuer serves the fixture because RSA-2048 generation costs up to a second; tests reset its knobs and compare
/// counters and key ids before and after rather than against absolutes.
/// </summary>
public sealed class FakeOpenIdIssuerTests
{
    private const string ClientId = "jyotishika-test.apps.googleusercontent.com";
    private const string ClientSecret = "s3cret+/=";

    // Never contacted: the browser stops at the issuer's 302.
    private const string RedirectUri = "http://127.0.0.1:9/signin-oidc";

    private FakeOpenIdIssuer issuer = null!;
    private TestBrowser browser = null!;
    private HttpClient backChannel = null!;

    [OneTimeSetUp]
    public async Task StartIssuerAsync()
    {
        issuer = await FakeOpenIdIssuer.StartAsync(ClientId, ClientSecret);
        backChannel = new HttpClient();
    }

    [OneTimeTearDown]
    public async Task StopIssuerAsync()
    {
        backChannel.Dispose();
        await issuer.DisposeAsync();
    }

    [SetUp]
    public void OpenBrowser()
    {
        issuer.Tamper = null;
        browser = new TestBrowser();
    }

    [TearDown]
    public void CloseBrowser() => browser.Dispose();

    [Test]
    public async Task Discovery_document_names_the_endpoints_under_the_issuer()
    {
        var requestsBefore = issuer.DiscoveryRequests;

        using var json = JsonDocument.Parse(await backChannel.GetStringAsync($"{issuer.Issuer}/.well-known/openid-configuration"));

        var root = json.RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(issuer.Issuer, Does.Match(@"^http://127\.0\.0\.1:\d+$"));
            Assert.That(root.GetProperty("issuer").GetString(), Is.EqualTo(issuer.Issuer));
            Assert.That(root.GetProperty("authorization_endpoint").GetString(), Is.EqualTo($"{issuer.Issuer}/authorize"));
            Assert.That(root.GetProperty("token_endpoint").GetString(), Is.EqualTo($"{issuer.Issuer}/token"));
            Assert.That(root.GetProperty("jwks_uri").GetString(), Is.EqualTo($"{issuer.Issuer}/jwks"));
            Assert.That(Strings(root.GetProperty("code_challenge_methods_supported")), Is.EqualTo(new[] { "S256" }));
            Assert.That(Strings(root.GetProperty("id_token_signing_alg_values_supported")), Is.EqualTo(new[] { "RS256" }));
            Assert.That(issuer.DiscoveryRequests, Is.EqualTo(requestsBefore + 1));
        });
    }

    [Test]
    public async Task Code_redeemed_with_the_right_verifier_yields_a_valid_id_token_carrying_the_nonce()
    {
        issuer.NextUser = new FakeUser("1234567890", "grace@example.com", "Grace Hopper");
        var (verifier, challenge) = NewPkcePair();
        const string state = "af0i+fj/sl=dkj&x";

        using var authorize = await browser.GetAsync(AuthorizeUrl(challenge, state, nonce: "n-0S6_WzA2Mj"));
        Assert.That(authorize.StatusCode, Is.EqualTo(HttpStatusCode.Found));
        var callback = authorize.Headers.Location!;
        var callbackQuery = QueryHelpers.ParseQuery(callback.Query);
        Assert.Multiple(() =>
        {
            Assert.That(callback.GetLeftPart(UriPartial.Path), Is.EqualTo(RedirectUri));
            Assert.That(callbackQuery["state"].ToString(), Is.EqualTo(state));
        });

        using var token = await RedeemAsync(callbackQuery["code"].ToString(), verifier);
        Assert.That(token.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var body = JsonDocument.Parse(await token.Content.ReadAsStringAsync());
        var validation = await ValidateAsync(body.RootElement.GetProperty("id_token").GetString()!);

        Assert.That(validation.IsValid, Is.True, () => validation.Exception?.Message ?? string.Empty);
        Assert.Multiple(() =>
        {
            Assert.That(body.RootElement.GetProperty("token_type").GetString(), Is.EqualTo("Bearer"));
            Assert.That(validation.Claims["nonce"], Is.EqualTo("n-0S6_WzA2Mj"));
            Assert.That(validation.Claims["sub"], Is.EqualTo("1234567890"));
            Assert.That(validation.Claims["email"], Is.EqualTo("grace@example.com"));
            Assert.That(validation.Claims["email_verified"], Is.EqualTo(true));
            Assert.That(((JsonWebToken)validation.SecurityToken).Kid, Is.EqualTo(issuer.CurrentKeyId));
        });
    }

    [Test]
    public async Task Wrong_code_verifier_is_refused_as_invalid_grant()
    {
        var (_, challenge) = NewPkcePair();
        var code = await AuthorizeAsync(challenge);

        using var token = await RedeemAsync(code, NewPkcePair().Verifier);

        Assert.That(token.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await ErrorAsync(token), Is.EqualTo("invalid_grant"));
    }

    [Test]
    public async Task Code_cannot_be_redeemed_twice()
    {
        var (verifier, challenge) = NewPkcePair();
        var code = await AuthorizeAsync(challenge);
        var requestsBefore = issuer.TokenRequests;

        using var first = await RedeemAsync(code, verifier);
        using var second = await RedeemAsync(code, verifier);
        var secondError = await ErrorAsync(second);

        Assert.Multiple(() =>
        {
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(secondError, Is.EqualTo("invalid_grant"));
            Assert.That(issuer.TokenRequests, Is.EqualTo(requestsBefore + 2));
        });
    }

    [Test]
    public async Task Client_secret_basic_authenticates_and_a_wrong_secret_is_invalid_client()
    {
        var (verifier, challenge) = NewPkcePair();
        var code = await AuthorizeAsync(challenge);

        using var wrong = await RedeemAsync(code, verifier, basicSecret: "not-the-secret");
        using var right = await RedeemAsync(code, verifier, basicSecret: ClientSecret);
        var wrongError = await ErrorAsync(wrong);

        Assert.Multiple(() =>
        {
            Assert.That(wrong.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(wrongError, Is.EqualTo("invalid_client"));
            Assert.That(right.StatusCode, Is.EqualTo(HttpStatusCode.OK), "an unauthenticated attempt must not burn the code");
        });
    }

    [Test]
    public async Task Authorize_without_PKCE_is_a_bad_request()
    {
        var url = AuthorizeUrl("challenge", "state", "nonce").Replace("&code_challenge_method=S256", string.Empty, StringComparison.Ordinal);

        using var response = await browser.GetAsync(url);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("code_challenge_method"));
    }

    [TestCaseSource(nameof(Tamperings))]
    public async Task Tampered_id_token_fails_validation_for_that_reason(IdTokenTampering tampering, Type expected)
    {
        issuer.Tamper = tampering;

        // Without trying every key, as Google's kid is authoritative; otherwise a foreign kid on a good signature passes.
        var validation = await ValidateAsync(await SignInAsync(), tryAllKeys: false);

        Assert.That(validation.Exception, Is.InstanceOf(expected));
    }

    [Test]
    public async Task Tampering_applies_to_the_next_id_token_only()
    {
        issuer.Tamper = new IdTokenTampering { Nonce = "forged" };

        var tampered = await ValidateAsync(await SignInAsync());
        var honest = await ValidateAsync(await SignInAsync());

        Assert.Multiple(() =>
        {
            Assert.That(tampered.Claims["nonce"], Is.EqualTo("forged"));
            Assert.That(honest.Claims["nonce"], Is.EqualTo("nonce"));
            Assert.That(issuer.Tamper, Is.Null);
        });
    }

    [Test]
    public async Task RotateSigningKey_publishes_a_new_kid_and_retires_the_old_one()
    {
        var before = await PublishedKeyIdsAsync();

        issuer.RotateSigningKey();
        var after = await PublishedKeyIdsAsync();

        Assert.Multiple(() =>
        {
            Assert.That(after, Is.EqualTo(new[] { issuer.CurrentKeyId }));
            Assert.That(after, Does.Not.Contain(before[0]));
        });
    }

    [Test]
    public async Task Token_signed_with_a_staged_key_validates_only_once_the_key_is_published()
    {
        issuer.StageUnpublishedKey();
        var idToken = await SignInAsync();

        var beforePublishing = await ValidateAsync(idToken);
        issuer.PublishStagedKey();
        var afterPublishing = await ValidateAsync(idToken);

        Assert.Multiple(() =>
        {
            Assert.That(new JsonWebToken(idToken).Kid, Is.EqualTo(issuer.CurrentKeyId));
            Assert.That(beforePublishing.Exception, Is.InstanceOf<SecurityTokenSignatureKeyNotFoundException>());
            Assert.That(afterPublishing.IsValid, Is.True, () => afterPublishing.Exception?.Message ?? string.Empty);
        });
    }

    private static IEnumerable<TestCaseData> Tamperings()
    {
        yield return new TestCaseData(new IdTokenTampering { Issuer = "https://evil.example" }, typeof(SecurityTokenInvalidIssuerException))
            .SetArgDisplayNames("issuer");
        yield return new TestCaseData(new IdTokenTampering { Audience = "someone-else" }, typeof(SecurityTokenInvalidAudienceException))
            .SetArgDisplayNames("audience");
        yield return new TestCaseData(new IdTokenTampering { ExpiresIn = TimeSpan.FromMinutes(-10) }, typeof(SecurityTokenExpiredException))
            .SetArgDisplayNames("expired");
        yield return new TestCaseData(new IdTokenTampering { SignWithUnpublishedKey = true }, typeof(SecurityTokenInvalidSignatureException))
            .SetArgDisplayNames("unpublished key");
        yield return new TestCaseData(new IdTokenTampering { KeyId = "unknown-kid" }, typeof(SecurityTokenSignatureKeyNotFoundException))
            .SetArgDisplayNames("unknown kid");
    }

    private async Task<string> SignInAsync()
    {
        var (verifier, challenge) = NewPkcePair();
        using var token = await RedeemAsync(await AuthorizeAsync(challenge), verifier);
        using var body = JsonDocument.Parse(await token.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("id_token").GetString()!;
    }

    private string AuthorizeUrl(string challenge, string state, string nonce) =>
        QueryHelpers.AddQueryString($"{issuer.Issuer}/authorize", new Dictionary<string, string?>
        {
            ["response_type"] = "code",
            ["client_id"] = ClientId,
            ["redirect_uri"] = RedirectUri,
            ["scope"] = "openid email profile",
            ["state"] = state,
            ["nonce"] = nonce,
            ["code_challenge"] = challenge,
            ["code_challenge_method"] = "S256",
        });

    private async Task<string> AuthorizeAsync(string challenge)
    {
        using var response = await browser.GetAsync(AuthorizeUrl(challenge, "state", "nonce"));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Found));
        return QueryHelpers.ParseQuery(response.Headers.Location!.Query)["code"].ToString();
    }

    private async Task<HttpResponseMessage> RedeemAsync(string code, string verifier, string? basicSecret = null)
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = RedirectUri,
            ["code_verifier"] = verifier,
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{issuer.Issuer}/token");
        if (basicSecret is null)
        {
            form["client_id"] = ClientId;
            form["client_secret"] = ClientSecret;
        }
        else
        {
            var credentials = $"{Uri.EscapeDataString(ClientId)}:{Uri.EscapeDataString(basicSecret)}";
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials)));
        }

        request.Content = new FormUrlEncodedContent(form);
        return await backChannel.SendAsync(request);
    }

    private async Task<TokenValidationResult> ValidateAsync(string idToken, bool tryAllKeys = true)
    {
        var jwks = new JsonWebKeySet(await backChannel.GetStringAsync($"{issuer.Issuer}/jwks"));
        return await new JsonWebTokenHandler().ValidateTokenAsync(idToken, new TokenValidationParameters
        {
            ValidIssuer = issuer.Issuer,
            ValidAudience = ClientId,
            IssuerSigningKeys = jwks.GetSigningKeys(),
            TryAllIssuerSigningKeys = tryAllKeys,
        });
    }

    private async Task<string[]> PublishedKeyIdsAsync()
    {
        var jwks = new JsonWebKeySet(await backChannel.GetStringAsync($"{issuer.Issuer}/jwks"));
        return [.. jwks.Keys.Select(k => k.Kid)];
    }

    private static async Task<string?> ErrorAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("error").GetString();
    }

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];

    // RFC 7636 §4.1–4.2: 32 random octets as the verifier, base64url(SHA-256(verifier)) as the S256 challenge.
    private static (string Verifier, string Challenge) NewPkcePair()
    {
        var verifier = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        return (verifier, Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))));
    }
}
