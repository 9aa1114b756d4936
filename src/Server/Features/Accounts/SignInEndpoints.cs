using Google.Rpc;

namespace Jyotishika.Server.Features.Accounts;

/// <summary>The browser-facing sign-in addresses: plain redirects, because a browser navigates to them.</summary>
public static partial class SignInEndpoints
{
    public const string GoogleScheme = "Google";
    public const string GoogleLoginPath = SignInPaths.GoogleLogin;
    public const string DevLoginPath = SignInPaths.DevLogin;

    /// <summary>Which sign-in links a page should offer: the server's configuration is visible nowhere else.</summary>
    public const string MethodsPath = "/auth/methods";

    public static void MapSignIn(this WebApplication app, AuthOptions options)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(options);
        app.MapGet(MethodsPath, Methods);
        app.MapGet(GoogleLoginPath, GoogleLoginAsync);
        if (options.DevLoginEmail is not null)
        {
            app.MapGet(DevLoginPath, DevLoginAsync);
        }
    }

    private static async Task GoogleLoginAsync(
        HttpContext context, AuthOptions options, RedisStore redis, Database database, SignInRedirects redirects, HttpStatusWriter writer,
        ILogger<AuthOptions> logger)
    {
        if (MissingSetting(options, redis, database) is { } missing)
        {
            await writer.WriteAsync(context, Code.FailedPrecondition, $"Google sign-in is not configured on this server ({missing}).").ConfigureAwait(false);
            return;
        }

        var properties = new AuthenticationProperties { RedirectUri = redirects.AfterSignIn(context.Request.Query["return_to"]) };
        try
        {
            await context.ChallengeAsync(GoogleScheme, properties).ConfigureAwait(false);
        }
        catch (StoreUnavailableException unavailable)
        {
            LogUnavailable(logger, unavailable.Store);
            await writer.WriteAsync(context, Code.Unavailable, "Sign-in is temporarily unavailable; try again shortly.").ConfigureAwait(false);
        }
        catch (Exception failure) when (failure is InvalidOperationException or HttpRequestException)
        {
            // The issuer's discovery document or keys could not be fetched.
            LogIssuerUnreachable(logger, failure.GetType().Name, failure.Message);
            await writer.WriteAsync(context, Code.Unavailable, "The sign-in provider cannot be reached; try again shortly.").ConfigureAwait(false);
        }
    }

    private static async Task DevLoginAsync(
        HttpContext context, AuthOptions options, UserStore users, SignInCompletion completion, SignInRedirects redirects, HttpStatusWriter writer,
        ILogger<AuthOptions> logger)
    {
        var email = options.DevLoginEmail!;
        try
        {
            await users.EnsureApprovedAsync(email, "DEV_LOGIN_EMAIL", context.RequestAborted).ConfigureAwait(false);
        }
        catch (StoreUnavailableException unavailable)
        {
            LogUnavailable(logger, unavailable.Store);
            await writer.WriteAsync(context, Code.Unavailable, "Sign-in is temporarily unavailable; try again shortly.").ConfigureAwait(false);
            return;
        }
        catch (StoreNotConfiguredException notConfigured)
        {
            await writer.WriteAsync(context, Code.FailedPrecondition, notConfigured.Message).ConfigureAwait(false);
            return;
        }

        var claims = new SignInClaims(email, Subject: null, Name: email[..email.IndexOf('@', StringComparison.Ordinal)], PictureUrl: null);
        await completion.CompleteAsync(context, claims, redirects.AfterSignIn(context.Request.Query["return_to"])).ConfigureAwait(false);
    }

    /// <summary>
    /// {"google": bool, "development": bool}: true when that sign-in can succeed as configured (its settings and stores
    /// are present), so a page shows no link that only answers "not configured". Whether a store is up right now is not
    /// asked: the sign-in itself says so.
    /// </summary>
    private static IResult Methods(AuthOptions options, RedisStore redis, Database database) => Results.Json(new
    {
        google = MissingSetting(options, redis, database) is null,
        development = options.DevLoginEmail is not null && redis.IsConfigured && database.IsConfigured,
    });

    private static string? MissingSetting(AuthOptions options, RedisStore redis, Database database) =>
        !options.GoogleConfigured ? "set GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET"
        : !redis.IsConfigured ? "set REDIS_URL"
        : !database.IsConfigured ? "set DATABASE_URL"
        : null;

    // Debug: the store writes the outage itself, once as it begins (StoreOutageLog), not once per refused sign-in.
    [LoggerMessage(Level = LogLevel.Debug, Message = "Sign-in failed closed: {Store} is unavailable")]
    private static partial void LogUnavailable(ILogger logger, string store);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The OpenID issuer cannot be reached ({FailureType}): {Reason}")]
    private static partial void LogIssuerUnreachable(ILogger logger, string failureType, string reason);
}
