namespace Jyotishika.Server.Platform.Edge;

/// <summary>
/// Headers telling browsers that every answer is inert data: nothing to render, frame, sniff or embed. One strict policy
/// fits every response (REST, health, license, errors, 404s, redirects) except the browser app's own files, which set
/// their page policy before the response starts; these are added only where a header is not set yet.
/// gRPC calls are left alone: no browser can make them (there is no gRPC-Web here), and the headers would only add
/// bytes to every call.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next, bool strictTransportSecurity)
{
    /// <summary>
    /// One year with subdomains: the checklist's value, and the minimum the browsers' preload lists ask for. Sent on
    /// plain http too, unlike ASP.NET Core's HSTS middleware (which writes it only when Request.IsHttps): this server
    /// listens in cleartext behind a TLS terminator, and browsers ignore the header on an http response (RFC 6797
    /// §8.1), so it takes effect exactly when it reaches them over https.
    /// </summary>
    internal const string StrictTransportSecurity = "max-age=31536000; includeSubDomains";

    private static readonly KeyValuePair<string, string>[] Always =
    [
        new("X-Content-Type-Options", "nosniff"),
        new("X-Frame-Options", "DENY"),

        // A JSON answer never loads anything; frame-ancestors is the modern X-Frame-Options.
        new("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'"),

        // Addresses may carry profile ids; nothing here links elsewhere, so no referrer is ever useful.
        new("Referrer-Policy", "no-referrer"),

        // Only no-cors loads (<img>, <script>) are held to this; the frontend's CORS fetches are unaffected.
        new("Cross-Origin-Resource-Policy", "same-origin"),
    ];

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!EdgeRequests.IsGrpc(context))
        {
            // At response start rather than now: an error page that clears the response still gets them.
            context.Response.OnStarting(AddHeaders, context.Response);
        }

        return next(context);
    }

    private Task AddHeaders(object state)
    {
        var headers = ((HttpResponse)state).Headers;
        foreach (var (name, value) in Always)
        {
            headers.TryAdd(name, value);
        }

        if (strictTransportSecurity)
        {
            headers.TryAdd("Strict-Transport-Security", StrictTransportSecurity);
        }

        return Task.CompletedTask;
    }
}
