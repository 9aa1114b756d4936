using Google.Rpc;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Jyotishika.Server.Platform.Identity;

/// <summary>
/// Refusals by authorization as gRPC statuses (and their REST equivalents): no or bad credentials → UNAUTHENTICATED
/// (401), a deactivated account → PERMISSION_DENIED (403), a credential store down → UNAVAILABLE (503, fail closed).
/// </summary>
public sealed class AuthorizationResponder(HttpStatusWriter writer) : IAuthorizationMiddlewareResultHandler
{
    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        ArgumentNullException.ThrowIfNull(next);
        ArgumentNullException.ThrowIfNull(authorizeResult);
        if (authorizeResult.Succeeded)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var outcome = AuthenticationOutcome.Of(context);
        var (code, message) = outcome switch
        {
            { StoreUnavailable: true } => (Code.Unavailable, "Sign-in cannot be checked right now; try again shortly."),
            { AccountDeactivated: true } => (Code.PermissionDenied, "This account is not active."),
            { CrossSiteRefused: true } => (Code.PermissionDenied, "The session cookie is not accepted on requests from another site."),
            _ when authorizeResult.Forbidden => (Code.PermissionDenied, "Not permitted."),
            _ => (Code.Unauthenticated, "Sign in, or send an API token in the authorization header (Bearer)."),
        };
        await writer.WriteAsync(context, code, message).ConfigureAwait(false);
    }
}
