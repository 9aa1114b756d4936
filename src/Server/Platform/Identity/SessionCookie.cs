namespace Jyotishika.Server.Platform.Identity;

/// <summary>The browser session cookie: HttpOnly, path /, Secure and SameSite as configured.</summary>
public sealed class SessionCookie(AuthOptions options)
{
    public const string Name = "session_id";

    public static string? Read(HttpContext context) => context?.Request.Cookies[Name];

    public void Write(HttpContext context, string sessionId, DateTimeOffset expiresAt)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Cookies.Append(Name, sessionId, Options(WholeSecondAtOrAfter(expiresAt)));
    }

    public void Expire(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Cookies.Delete(Name, Options(expires: null));
    }

    /// <summary>
    /// Cookie dates have whole seconds: rounded down, the browser would drop the cookie up to a second before the session
    /// ends. Rounded up, the cookie may outlive it by less than a second, which the server's own check on every read covers.
    /// </summary>
    private static DateTimeOffset WholeSecondAtOrAfter(DateTimeOffset instant)
    {
        var fraction = instant.Ticks % TimeSpan.TicksPerSecond;
        return fraction == 0 ? instant : instant.AddTicks(TimeSpan.TicksPerSecond - fraction);
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
