using Microsoft.Net.Http.Headers;

namespace Jyotishika.Server.Platform.Identity;

/// <summary>
/// Cross-site request forgery guard for the cookie: a state-changing request (not GET/HEAD/OPTIONS) that a browser
/// marks as coming from another origin does not get the session. The REST edge accepts text/plain JSON bodies, which
/// need no CORS preflight, and SameSite=None may be configured, so the cookie alone must not authorize such requests.
/// Bearer tokens are not sent by browsers on their own and need no such check.
/// </summary>
public sealed class CrossSiteRequests(AuthOptions options)
{
    public bool IsForeign(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method))
        {
            return false;
        }

        var origin = request.Headers[HeaderNames.Origin].ToString();
        if (origin.Length == 0)
        {
            // No Origin: not a browser's cross-origin request (browsers send it on every cross-origin POST).
            return request.Headers["Sec-Fetch-Site"].ToString() == "cross-site";
        }

        if (!Uri.TryCreate(origin, UriKind.Absolute, out var from))
        {
            return true;
        }

        var own = $"{request.Scheme}://{request.Host}";
        return !SameOrigin(from, own) && !SameOrigin(from, options.FrontendBaseUrl) && !SameOrigin(from, options.AppBaseUrl)
            && !options.TrustedOrigins.Any(trusted => SameOrigin(from, trusted));
    }

    private static bool SameOrigin(Uri from, string other) =>
        Uri.TryCreate(other, UriKind.Absolute, out var url) && SameOrigin(from, url);

    private static bool SameOrigin(Uri from, Uri? other) =>
        other is not null && Uri.Compare(from, other, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;
}
