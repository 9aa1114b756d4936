// Longer than our ~400-line norm on purpose: one protocol double whose endpoints share keys, codes and tampering knobs,
// read top to bottom in the order a sign-in exercises them.
using System.Buffers.Text;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Jyotishika.Server.Tests.Auth;

/// <summary>The account that the next visit to <c>/authorize</c> signs in, as Google would describe it.</summary>
public sealed record FakeUser(string Subject, string Email, string Name, bool EmailVerified = true);

/// <summary>
/// Deliberate defects for the next ID token only; <see langword="null"/> leaves a claim honest.
/// <see cref="ExpiresIn"/> may be negative: the token then expired that long ago and was issued an hour before that.
/// </summary>
public sealed record IdTokenTampering
{
    public string? Issuer { get; init; }

    public string? Audience { get; init; }

    public string? Nonce { get; init; }

    public TimeSpan? ExpiresIn { get; init; }

    /// <summary>Signs with a throw-away key under the published kid, so the signature cannot verify.</summary>
    public bool SignWithUnpublishedKey { get; init; }

    public string? KeyId { get; init; }
}

/// <summary>
/// A Google-shaped OpenID Connect provider on real Kestrel (loopback, dynamic port): discovery, JWKS, authorization code
/// flow with mandatory PKCE S256, and knobs to tamper with tokens or rotate keys. It exists so sign-in tests exercise the
/// server's real OpenIdConnect handler over real HTTP instead of mocking it.
/// </summary>
public sealed class FakeOpenIdIssuer : IAsyncDisposable
{
    private static readonly TimeSpan TokenLifetime = TimeSpan.FromHours(1);
    private static readonly string[] RequiredAuthorizeParameters = ["state", "nonce", "code_challenge"];

    private readonly string clientId;
    private readonly string clientSecret;
    private readonly TimeProvider time;
    private readonly Lock keysGate = new();
    private readonly List<RsaSecurityKey> ownedKeys = [];
    private readonly List<RsaSecurityKey> publishedKeys = [];
    private readonly Lock codesGate = new();
    private readonly Dictionary<string, PendingCode> codes = new(StringComparer.Ordinal);
    private readonly HashSet<string> redeemedCodes = new(StringComparer.Ordinal);
    private readonly JsonWebTokenHandler tokenHandler = new() { SetDefaultTimesOnTokenCreation = false };
    private WebApplication? app;
    private RsaSecurityKey signingKey;
    private RsaSecurityKey? stagedKey;
    private IdTokenTampering? tamper;
    private int discoveryRequests;
    private int jwksRequests;
    private int tokenRequests;

    private FakeOpenIdIssuer(string clientId, string clientSecret, TimeProvider time)
    {
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.time = time;
        signingKey = NewKey();
        publishedKeys.Add(signingKey);
    }

    /// <summary>"http://127.0.0.1:PORT", without a trailing slash, exactly as it appears in <c>iss</c>.</summary>
    public string Issuer { get; private set; } = string.Empty;

    public FakeUser NextUser { get; set; } = new("108774219340001", "ada@example.com", "Ada Lovelace");

    /// <summary>Applied to the next ID token issued, then reset to <see langword="null"/>.</summary>
    public IdTokenTampering? Tamper
    {
        get => Volatile.Read(ref tamper);
        set => Volatile.Write(ref tamper, value);
    }

    public IReadOnlyDictionary<string, string>? LastAuthorize { get; private set; }

    public IReadOnlyDictionary<string, string>? LastTokenRequest { get; private set; }

    public int DiscoveryRequests => Volatile.Read(ref discoveryRequests);

    public int JwksRequests => Volatile.Read(ref jwksRequests);

    public int TokenRequests => Volatile.Read(ref tokenRequests);

    /// <summary>The kid that the next ID token is signed with (before any tampering).</summary>
    public string CurrentKeyId
    {
        get
        {
            lock (keysGate)
            {
                return signingKey.KeyId;
            }
        }
    }

    public static async Task<FakeOpenIdIssuer> StartAsync(string clientId, string clientSecret, TimeProvider? timeProvider = null)
    {
        var issuer = new FakeOpenIdIssuer(clientId, clientSecret, timeProvider ?? TimeProvider.System);
        try
        {
            await issuer.StartServerAsync().ConfigureAwait(false);
            return issuer;
        }
        catch
        {
            await issuer.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Signs with a new key from now on; the old key leaves the JWKS unless asked to stay, as after Google's rollover.</summary>
    public void RotateSigningKey(bool keepOldKeyPublished = false)
    {
        var key = NewKey();
        lock (keysGate)
        {
            if (!keepOldKeyPublished)
            {
                publishedKeys.Clear();
            }

            publishedKeys.Add(key);
            signingKey = key;
            stagedKey = null;
        }
    }

    /// <summary>
    /// Signs with a new key that the JWKS does not list yet, so a relying party sees an unknown kid;
    /// <see cref="PublishStagedKey"/> then lets a JWKS refresh find it.
    /// </summary>
    public void StageUnpublishedKey()
    {
        var key = NewKey();
        lock (keysGate)
        {
            signingKey = stagedKey = key;
        }
    }

    public void PublishStagedKey()
    {
        lock (keysGate)
        {
            if (stagedKey is null)
            {
                throw new InvalidOperationException("No key is staged; call StageUnpublishedKey first.");
            }

            publishedKeys.Add(stagedKey);
            stagedKey = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync().ConfigureAwait(false);
            await app.DisposeAsync().ConfigureAwait(false);
        }

        lock (keysGate)
        {
            foreach (var key in ownedKeys)
            {
                key.Rsa.Dispose();
            }

            ownedKeys.Clear();
        }
    }

    private async Task StartServerAsync()
    {
        // The empty builder reads no appsettings.json or ASPNETCORE_* variables, so the server's own settings
        // (copied into the test output) cannot leak into the fake; port 0 lets the OS pick without a race.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.AddRoutingCore();
        app = builder.Build();
        app.MapGet("/.well-known/openid-configuration", Discovery);
        app.MapGet("/jwks", Jwks);
        app.MapGet("/authorize", Authorize);
        app.MapPost("/token", TokenAsync);
        await app.StartAsync().ConfigureAwait(false);

        Issuer = $"http://127.0.0.1:{new Uri(app.Urls.Single()).Port}";
    }

    private IResult Discovery()
    {
        Interlocked.Increment(ref discoveryRequests);
        return Results.Json(new JsonObject
        {
            ["issuer"] = Issuer,
            ["authorization_endpoint"] = $"{Issuer}/authorize",
            ["token_endpoint"] = $"{Issuer}/token",
            ["jwks_uri"] = $"{Issuer}/jwks",
            ["response_types_supported"] = new JsonArray("code"),
            ["subject_types_supported"] = new JsonArray("public"),
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            ["code_challenge_methods_supported"] = new JsonArray("S256"),
            ["scopes_supported"] = new JsonArray("openid", "email", "profile"),
            ["token_endpoint_auth_methods_supported"] = new JsonArray("client_secret_post", "client_secret_basic"),
        });
    }

    private IResult Jwks()
    {
        Interlocked.Increment(ref jwksRequests);
        var keys = new JsonArray();
        lock (keysGate)
        {
            foreach (var key in publishedKeys)
            {
                // Converting the private key would publish d, p, q…: convert a public-only copy.
                var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(
                    new RsaSecurityKey(key.Rsa.ExportParameters(includePrivateParameters: false)) { KeyId = key.KeyId });
                keys.Add(new JsonObject
                {
                    ["kid"] = jwk.Kid,
                    ["kty"] = jwk.Kty,
                    ["alg"] = SecurityAlgorithms.RsaSha256,
                    ["use"] = "sig",
                    ["n"] = jwk.N,
                    ["e"] = jwk.E,
                });
            }
        }

        return Results.Json(new JsonObject { ["keys"] = keys });
    }

    private IResult Authorize(HttpRequest request)
    {
        var query = request.Query.ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal);
        LastAuthorize = query;

        var problem = ValidateAuthorize(query);
        if (problem is not null)
        {
            return Results.Text(problem, statusCode: StatusCodes.Status400BadRequest);
        }

        var code = RandomToken();
        lock (codesGate)
        {
            codes[code] = new PendingCode(query["redirect_uri"], query["code_challenge"], query["nonce"], NextUser);
        }

        return Results.Redirect(QueryHelpers.AddQueryString(
            query["redirect_uri"],
            new Dictionary<string, string?>(StringComparer.Ordinal) { ["code"] = code, ["state"] = query["state"] }));
    }

    private string? ValidateAuthorize(Dictionary<string, string> query)
    {
        string Get(string name) => query.GetValueOrDefault(name, string.Empty);

        if (Get("response_type") != "code")
        {
            return "response_type must be 'code'";
        }

        if (Get("client_id") != clientId)
        {
            return "unknown client_id";
        }

        if (!Uri.TryCreate(Get("redirect_uri"), UriKind.Absolute, out _))
        {
            return "redirect_uri must be an absolute URI";
        }

        if (!Get("scope").Split(' ').Contains("openid", StringComparer.Ordinal))
        {
            return "scope must include 'openid'";
        }

        if (Get("response_mode") is not ("" or "query"))
        {
            return "only response_mode=query is supported";
        }

        var missing = RequiredAuthorizeParameters.FirstOrDefault(name => Get(name).Length == 0);
        if (missing is not null)
        {
            return $"{missing} is required";
        }

        return Get("code_challenge_method") == "S256" ? null : "code_challenge_method must be 'S256'";
    }

    private async Task<IResult> TokenAsync(HttpRequest request)
    {
        Interlocked.Increment(ref tokenRequests);
        if (!request.HasFormContentType)
        {
            return TokenError(StatusCodes.Status400BadRequest, "invalid_request", "expected application/x-www-form-urlencoded");
        }

        var formCollection = await request.ReadFormAsync().ConfigureAwait(false);
        var form = formCollection.ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal);
        LastTokenRequest = form;

        if (!IsClientAuthenticated(request, form))
        {
            return TokenError(StatusCodes.Status401Unauthorized, "invalid_client", "client authentication failed");
        }

        if (form.GetValueOrDefault("grant_type") != "authorization_code")
        {
            return TokenError(StatusCodes.Status400BadRequest, "unsupported_grant_type", "only authorization_code is supported");
        }

        // Any presentation by the client consumes the code (RFC 6749 §4.1.2): a replay after a failed attempt fails too.
        PendingCode? pending;
        var code = form.GetValueOrDefault("code", string.Empty);
        lock (codesGate)
        {
            if (codes.Remove(code, out pending))
            {
                redeemedCodes.Add(code);
            }
            else
            {
                return InvalidGrant(redeemedCodes.Contains(code) ? "code already used" : "unknown code");
            }
        }

        if (form.GetValueOrDefault("redirect_uri") != pending.RedirectUri)
        {
            return InvalidGrant("redirect_uri differs from the authorization request");
        }

        var verifier = form.GetValueOrDefault("code_verifier", string.Empty);
        if (verifier.Length is < 43 or > 128 || Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))) != pending.CodeChallenge)
        {
            return InvalidGrant("PKCE verification failed");
        }

        var accessToken = RandomToken();
        return Results.Json(new JsonObject
        {
            ["access_token"] = accessToken,
            ["token_type"] = "Bearer",
            ["expires_in"] = (int)TokenLifetime.TotalSeconds,
            ["scope"] = "openid email profile",
            ["id_token"] = IssueIdToken(pending, accessToken),
        });
    }

    private bool IsClientAuthenticated(HttpRequest request, Dictionary<string, string> form)
    {
        string? id, secret;
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            if (form.ContainsKey("client_secret"))
            {
                return false; // RFC 6749 §2.3: one authentication method per request.
            }

            string decoded;
            try
            {
                decoded = Encoding.UTF8.GetString(Convert.FromBase64String(authorization["Basic ".Length..].Trim()));
            }
            catch (FormatException)
            {
                return false;
            }

            // client_secret_basic form-encodes both halves before joining them (RFC 6749 §2.3.1).
            var colon = decoded.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                return false;
            }

            id = FormDecode(decoded[..colon]);
            secret = FormDecode(decoded[(colon + 1)..]);
            if (form.TryGetValue("client_id", out var formId) && formId != id)
            {
                return false;
            }
        }
        else
        {
            id = form.GetValueOrDefault("client_id");
            secret = form.GetValueOrDefault("client_secret");
        }

        return id == clientId && secret == clientSecret;
    }

    private string IssueIdToken(PendingCode pending, string accessToken)
    {
        var tampering = Interlocked.Exchange(ref tamper, null) ?? new IdTokenTampering();
        var now = time.GetUtcNow().UtcDateTime;
        var expires = now + (tampering.ExpiresIn ?? TokenLifetime);
        var issuedAt = tampering.ExpiresIn < TimeSpan.Zero ? expires - TokenLifetime : now;

        RsaSecurityKey key;
        lock (keysGate)
        {
            key = signingKey;
        }

        using var rogue = tampering.SignWithUnpublishedKey ? RSA.Create(2048) : null;
        var signWith = new RsaSecurityKey(rogue ?? key.Rsa)
        {
            KeyId = tampering.KeyId ?? key.KeyId,
            CryptoProviderFactory = new CryptoProviderFactory { CacheSignatureProviders = false },
        };

        return tokenHandler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = tampering.Issuer ?? Issuer,
            Audience = tampering.Audience ?? clientId,
            IssuedAt = issuedAt,
            Expires = expires,
            Claims = new Dictionary<string, object>(StringComparer.Ordinal)
            {
                [JwtRegisteredClaimNames.Sub] = pending.User.Subject,
                [JwtRegisteredClaimNames.Azp] = clientId,
                [JwtRegisteredClaimNames.Nonce] = tampering.Nonce ?? pending.Nonce,
                [JwtRegisteredClaimNames.AtHash] = AtHash(accessToken),
                [JwtRegisteredClaimNames.Email] = pending.User.Email,
                ["email_verified"] = pending.User.EmailVerified,
                [JwtRegisteredClaimNames.Name] = pending.User.Name,
            },
            SigningCredentials = new SigningCredentials(signWith, SecurityAlgorithms.RsaSha256),
        });
    }

    private RsaSecurityKey NewKey()
    {
        // A private factory without the signature-provider cache keeps no process-wide state alive after disposal.
        var key = new RsaSecurityKey(RSA.Create(2048))
        {
            KeyId = RandomToken()[..16],
            CryptoProviderFactory = new CryptoProviderFactory { CacheSignatureProviders = false },
        };
        lock (keysGate)
        {
            ownedKeys.Add(key);
        }

        return key;
    }

    // OIDC Core §3.1.3.6: left half of SHA-256 of the ASCII access token, base64url.
    private static string AtHash(string accessToken) =>
        Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(accessToken)).AsSpan(0, 16));

    private static string RandomToken() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    private static string FormDecode(string value) => Uri.UnescapeDataString(value.Replace('+', ' '));

    private static IResult InvalidGrant(string description) =>
        TokenError(StatusCodes.Status400BadRequest, "invalid_grant", description);

    private static IResult TokenError(int status, string error, string description) =>
        Results.Json(new JsonObject { ["error"] = error, ["error_description"] = description }, statusCode: status);

    private sealed record PendingCode(string RedirectUri, string CodeChallenge, string Nonce, FakeUser User);
}
