namespace Jyotishika.Server.Features.WebApp;

/// <summary>
/// The Content-Security-Policy of the app's own files, looser than the API's <c>default-src 'none'</c> only where a page
/// must be: its scripts, styles, icon, and the API calls it makes, all from this origin. No 'unsafe-inline' anywhere, so
/// the files carry no inline script, style element, style attribute or event-handler attribute (WebApp tests check).
/// Pictures are inline SVG parsed from the API's answer, which img-src does not govern; nothing uses data: URLs.
/// </summary>
public static class PagePolicy
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; font-src 'self'; "
        + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
}
