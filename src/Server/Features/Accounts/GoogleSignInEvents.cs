using Google.Rpc;

namespace Jyotishika.Server.Features.Accounts;

/// <summary>
/// Hooks into ASP.NET Core's OpenID Connect handler, which does the protocol (PKCE, nonce, code exchange, ID token
/// validation against the cached JWKS). Here: the callback address, what a verified identity leads to, and failures
/// that leave the details in the log and give the browser one generic answer.
/// </summary>
public sealed partial class GoogleSignInEvents(
    AuthOptions options, SignInCompletion completion, SignInRedirects redirects, HttpStatusWriter writer, SignInOutcomes outcomes,
    ILogger<GoogleSignInEvents> logger)
    : OpenIdConnectEvents
{
    public const string CallbackPath = SignInPaths.GoogleCallback;

    public override Task RedirectToIdentityProvider(RedirectContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (options.AppBaseUrl is { } appBase)
        {
            // Behind a proxy the request's own scheme and host are not what Google must send the browser back to. The
            // handler records this address after the event, for the code exchange.
            context.ProtocolMessage.RedirectUri = appBase.AbsoluteUri.TrimEnd('/') + CallbackPath;
        }

        return Task.CompletedTask;
    }

    public override async Task TicketReceived(TicketReceivedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.HandleResponse();
        var principal = context.Principal!;
        var email = principal.FindFirst("email")?.Value;
        if (email is null || !EmailAddress.LooksValid(email) || principal.FindFirst("email_verified")?.Value is not ("true" or "True"))
        {
            LogUnverifiedEmail(logger, EmailAddress.Mask(email));
            outcomes.Denied();
            context.Response.Redirect(redirects.Denied);
            return;
        }

        var claims = new SignInClaims(email, principal.FindFirst("sub")?.Value, principal.FindFirst("name")?.Value, principal.FindFirst("picture")?.Value);
        await completion.CompleteAsync(context.HttpContext, claims, context.ReturnUri ?? redirects.AfterSignIn(null)).ConfigureAwait(false);
    }

    public override async Task RemoteFailure(RemoteFailureContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.HandleResponse();
        if (FindUnavailable(context.Failure) is { } unavailable)
        {
            LogUnavailable(logger, unavailable.Store);
            outcomes.Unavailable();
            await writer.WriteAsync(context.HttpContext, Code.Unavailable, "Sign-in is temporarily unavailable; try again shortly.")
                .ConfigureAwait(false);
            return;
        }

        LogFailed(logger, context.Failure?.GetType().Name ?? "unknown", context.Failure?.Message ?? string.Empty);
        outcomes.Failed();
        context.Response.Redirect(redirects.Failed);
    }

    private static StoreUnavailableException? FindUnavailable(Exception? failure)
    {
        for (var current = failure; current is not null; current = current.InnerException)
        {
            if (current is StoreUnavailableException unavailable)
            {
                return unavailable;
            }
        }

        return null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Google sign-in refused: email {Email} missing or not verified")]
    private static partial void LogUnverifiedEmail(ILogger logger, string email);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Google sign-in failed ({FailureType}): {Reason}")]
    private static partial void LogFailed(ILogger logger, string failureType, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Google sign-in failed closed: {Store} is unavailable")]
    private static partial void LogUnavailable(ILogger logger, string store);
}
