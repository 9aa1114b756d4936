using Microsoft.AspNetCore.Cors.Infrastructure;

namespace Jyotishika.Server.Platform.Edge;

/// <summary>
/// The one CORS policy: the browser origins in ALLOWED_ORIGINS and FRONTEND_BASE_URL may call the REST edge with the
/// session cookie. Other origins get no Access-Control-* header at all, so their pages cannot read any answer.
/// </summary>
internal static class BrowserCors
{
    /// <summary>Every method a REST route uses (the transcoded HTTP rules plus sign-in); OPTIONS is the preflight itself.</summary>
    internal static readonly string[] Methods = ["GET", "POST", "PATCH", "DELETE", "OPTIONS"];

    /// <summary>JSON bodies, API tokens, and the correlation id a frontend may set to follow a call through the logs.</summary>
    internal static readonly string[] RequestHeaders = ["content-type", "authorization", "x-correlation-id"];

    /// <summary>What a frontend script needs to read beyond the CORS-safelisted response headers.</summary>
    internal static readonly string[] ExposedHeaders = ["x-correlation-id", "retry-after", "www-authenticate"];

    /// <summary>Browsers cache a preflight this long; short, so that a changed ALLOWED_ORIGINS takes effect soon.</summary>
    internal static readonly TimeSpan PreflightMaxAge = TimeSpan.FromMinutes(10);

    public static void Configure(CorsOptions cors, EdgeOptions edge)
    {
        cors.AddDefaultPolicy(policy =>
        {
            if (edge.AnyOrigin)
            {
                // Development only (Production refuses "*"). A wildcard cannot be sent with credentials, so each origin
                // is echoed; the cookie's cross-site guard still refuses their state-changing requests.
                policy.SetIsOriginAllowed(_ => true);
            }
            else
            {
                policy.WithOrigins([.. edge.AllowedOrigins]);
            }

            policy.AllowCredentials()
                .WithMethods(Methods)
                .WithHeaders(RequestHeaders)
                .WithExposedHeaders(ExposedHeaders)
                .SetPreflightMaxAge(PreflightMaxAge);
        });
    }
}
