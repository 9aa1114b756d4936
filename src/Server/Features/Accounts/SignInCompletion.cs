using Google.Rpc;

namespace Jyotishika.Server.Features.Accounts;

/// <summary>
/// The end of every sign-in (Google or the Development one): record the user, consult the allowlist, replace any
/// session the browser brought with a fresh one (no session fixation), set the cookie and send the browser on.
/// </summary>
public sealed partial class SignInCompletion(
    UserStore users, SessionStore sessions, SessionCookie cookie, SignInRedirects redirects, HttpStatusWriter writer,
    SignInOutcomes outcomes, ILogger<SignInCompletion> logger)
{
    public async Task CompleteAsync(HttpContext context, SignInClaims claims, string returnUrl)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(claims);
        try
        {
            var (user, approval) = await users.RecordSignInAsync(
                claims.Email, claims.Subject, claims.Name, claims.PictureUrl, context.RequestAborted).ConfigureAwait(false);
            if (approval != UserStore.Approval.Approved)
            {
                LogDenied(logger, EmailAddress.Mask(user.Email), approval);
                outcomes.Denied();
                context.Response.Redirect(redirects.Denied);
                return;
            }

            await sessions.DeleteAsync(SessionCookie.Read(context)).ConfigureAwait(false);
            var (sessionId, session) = await sessions.CreateAsync(user).ConfigureAwait(false);
            cookie.Write(context, sessionId, session.ExpiresAt);
            LogSignedIn(logger, user.Id);
            outcomes.Succeeded();
            context.Response.Redirect(returnUrl);
        }
        catch (StoreUnavailableException unavailable)
        {
            LogUnavailable(logger, unavailable.Store);
            outcomes.Unavailable();
            await writer.WriteAsync(context, Code.Unavailable, "Sign-in is temporarily unavailable; try again shortly.").ConfigureAwait(false);
        }
        catch (StoreNotConfiguredException notConfigured)
        {
            await writer.WriteAsync(context, Code.FailedPrecondition, notConfigured.Message).ConfigureAwait(false);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sign-in refused for {Email}: {Approval}")]
    private static partial void LogDenied(ILogger logger, string email, UserStore.Approval approval);

    [LoggerMessage(Level = LogLevel.Information, Message = "Signed in user {UserId}")]
    private static partial void LogSignedIn(ILogger logger, Guid userId);

    // Debug: the store writes the outage itself, once as it begins (StoreOutageLog), not once per refused sign-in.
    [LoggerMessage(Level = LogLevel.Debug, Message = "Sign-in failed closed: {Store} is unavailable")]
    private static partial void LogUnavailable(ILogger logger, string store);
}
