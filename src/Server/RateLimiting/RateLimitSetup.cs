using Jyotishika.Server.Auth;
using Jyotishika.Server.Configuration;

namespace Jyotishika.Server.RateLimiting;

/// <summary>Every rate limit the server applies, configured in one place (ASP.NET Core's rate limiter).</summary>
public static class RateLimitSetup
{
    public static void Configure(WebApplicationBuilder builder, AuthOptions auth)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddRateLimiter(limiter => SignInRateLimit.Configure(limiter, auth));
    }
}
