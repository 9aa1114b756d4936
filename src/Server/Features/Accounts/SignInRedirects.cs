namespace Jyotishika.Server.Features.Accounts;

/// <summary>
/// Where a browser lands after sign-in. Always on FRONTEND_BASE_URL: a <c>return_to</c> query parameter may only
/// name a path there, never another site, so the sign-in endpoints cannot be used as an open redirect.
/// </summary>
public sealed class SignInRedirects(AuthOptions options)
{
    private string Base => options.FrontendBaseUrl?.AbsoluteUri.TrimEnd('/') ?? string.Empty;

    public string AfterSignIn(string? returnTo) => Base + (IsLocalPath(returnTo) ? returnTo : "/");

    /// <summary>The generic answer for every refusal; the reason stays in the server log.</summary>
    public string Denied => Base + "/?login=denied";

    public string Failed => Base + "/?login=failed";

    /// <summary>"/x" but not "//host", "/\host" or anything with a scheme, backslash or control character.</summary>
    public static bool IsLocalPath(string? path) =>
        path is { Length: > 0 and <= 2048 } && path[0] == '/' && (path.Length == 1 || (path[1] != '/' && path[1] != '\\'))
        && !path.Any(c => char.IsControl(c) || c == '\\');
}
