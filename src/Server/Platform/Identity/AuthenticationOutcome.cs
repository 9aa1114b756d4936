namespace Jyotishika.Server.Platform.Identity;

/// <summary>
/// Why a request that presented credentials is not authenticated, kept on the request so that the answer can say
/// UNAVAILABLE (a store was down: fail closed, but do not blame the caller) or PERMISSION_DENIED instead of UNAUTHENTICATED.
/// </summary>
public sealed class AuthenticationOutcome
{
    public bool StoreUnavailable { get; init; }

    public bool AccountDeactivated { get; init; }

    public bool CrossSiteRefused { get; init; }

    public static AuthenticationOutcome? Of(HttpContext context) => context?.Features.Get<AuthenticationOutcome>();
}
