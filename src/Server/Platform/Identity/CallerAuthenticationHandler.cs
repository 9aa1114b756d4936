using System.Text.Encodings.Web;
using Jyotishika.V1;
using Microsoft.Net.Http.Headers;

namespace Jyotishika.Server.Platform.Identity;

/// <summary>
/// One authentication for gRPC and REST alike: <c>authorization: Bearer</c> (an API token, checked in PostgreSQL) or
/// the <c>session_id</c> cookie (a browser session, checked in Redis). A request without either is anonymous.
/// </summary>
public sealed partial class CallerAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    SessionStore sessions,
    ApiTokenStore tokens,
    UserStore users,
    RedisStore redis,
    Database database,
    CrossSiteRequests crossSite,
    TimeProvider time)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    public const string SchemeName = "Jyotishika";

    /// <summary>How often a long-lived session re-reads the allowlist, so deactivation also ends open sessions.</summary>
    public static readonly TimeSpan AllowlistRecheck = TimeSpan.FromMinutes(5);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        try
        {
            if (Request.Headers.Authorization.Count > 0)
            {
                return await AuthenticateBearerAsync().ConfigureAwait(false);
            }

            return SessionCookie.Read(Context) is { } sessionId
                ? await AuthenticateSessionAsync(sessionId).ConfigureAwait(false)
                : AuthenticateResult.NoResult();
        }
        catch (StoreUnavailableException unavailable)
        {
            LogStoreUnavailable(Logger, unavailable.Store);
            Context.Features.Set(new AuthenticationOutcome { StoreUnavailable = true });
            return AuthenticateResult.Fail("credential store unavailable");
        }
    }

    private async Task<AuthenticateResult> AuthenticateBearerAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        const string bearer = "Bearer ";
        if (!header.StartsWith(bearer, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.Fail("unsupported authorization scheme");
        }

        if (!database.IsConfigured)
        {
            return AuthenticateResult.Fail("API tokens need DATABASE_URL");
        }

        var (verdict, caller) = await tokens.AuthenticateAsync(header[bearer.Length..].Trim(), Context.RequestAborted).ConfigureAwait(false);
        switch (verdict)
        {
            case ApiTokenStore.Verdict.Valid:
                var principal = CallerClaims.Create(caller!.User, AuthMethod.ApiToken, caller.ExpiresAt, SchemeName);
                return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
            case ApiTokenStore.Verdict.Deactivated:
                Context.Features.Set(new AuthenticationOutcome { AccountDeactivated = true });
                return AuthenticateResult.Fail("account deactivated");
            default:
                return AuthenticateResult.Fail($"API token {verdict}");
        }
    }

    private async Task<AuthenticateResult> AuthenticateSessionAsync(string sessionId)
    {
        if (!redis.IsConfigured)
        {
            return AuthenticateResult.NoResult();
        }

        if (crossSite.IsForeign(Request))
        {
            LogCrossSite(Logger, Request.Method, Request.Path);
            Context.Features.Set(new AuthenticationOutcome { CrossSiteRefused = true });
            return AuthenticateResult.Fail("cross-site request with the session cookie");
        }

        var session = await sessions.FindAsync(sessionId).ConfigureAwait(false);
        if (session is null)
        {
            return AuthenticateResult.Fail("no such session");
        }

        if (time.GetUtcNow() - session.VerifiedAt > AllowlistRecheck && !await StillActiveAsync(sessionId, session).ConfigureAwait(false))
        {
            await sessions.DeleteAsync(sessionId).ConfigureAwait(false);
            Context.Features.Set(new AuthenticationOutcome { AccountDeactivated = true });
            return AuthenticateResult.Fail("account deactivated");
        }

        var principal = CallerClaims.Create(session.User, AuthMethod.Session, session.ExpiresAt, SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    private async Task<bool> StillActiveAsync(string sessionId, UserSession session)
    {
        try
        {
            if (!await users.IsActiveAsync(session.UserId, Context.RequestAborted).ConfigureAwait(false))
            {
                return false;
            }
        }
        catch (StoreUnavailableException)
        {
            // PostgreSQL down: keep the session (Redis vouched for it) and ask again on a later request.
            return true;
        }

        await sessions.MarkVerifiedAsync(sessionId, session).ConfigureAwait(false);
        return true;
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer";
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Session cookie refused on a cross-site {Method} {Path}")]
    private static partial void LogCrossSite(ILogger logger, string method, PathString path);

    // Debug: the store writes the outage itself, once as it begins (StoreOutageLog), not once per request.
    [LoggerMessage(Level = LogLevel.Debug, Message = "Authentication failed closed: {Store} is unavailable")]
    private static partial void LogStoreUnavailable(ILogger logger, string store);
}
