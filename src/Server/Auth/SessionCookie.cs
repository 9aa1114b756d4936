using Jyotishika.Server.Configuration;

namespace Jyotishika.Server.Auth;

/// <summary>The browser session cookie: HttpOnly, path /, Secure and SameSite as configured.</summary>
public sealed class SessionCookie(AuthOptions options)
{
    public const string Name = "session_id";

    public static string? Read(HttpContext context) => context?.Request.Cookies[Name];

    public void Write(HttpContext context, string sessionId, DateTimeOffset expiresAt)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Cookies.Append(Name, sessionId, Options(expiresAt));
    }

    public void Expire(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Cookies.Delete(Name, Options(expires: null));
    }

    private CookieOptions Options(DateTimeOffset? expires) => new()
    {
        HttpOnly = true,
        Secure = options.CookieSecure,
        SameSite = options.CookieSameSite,
        Path = "/",
        Expires = expires,
        IsEssential = true,
    };
}
