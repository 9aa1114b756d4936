using System.Threading.RateLimiting;
using Google.Rpc;
using Jyotishika.Server.Configuration;
using Jyotishika.Server.Errors;
using Microsoft.AspNetCore.RateLimiting;

namespace Jyotishika.Server.Auth;

/// <summary>
/// Sign-in (login, callback, Development login) is limited per client IP with ASP.NET Core's rate limiter. It runs
/// before authentication because the OpenID callback is answered inside the authentication middleware.
/// </summary>
public static class SignInRateLimit
{
    public static void Configure(RateLimiterOptions limiter, AuthOptions options)
    {
        ArgumentNullException.ThrowIfNull(limiter);
        ArgumentNullException.ThrowIfNull(options);
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            SignInAddress(context.Request.Path) is { } address
                ? RateLimitPartition.GetFixedWindowLimiter(
                    // Each sign-in address has its own allowance, so one login's callback does not use up the next login.
                    address + " " + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
                    _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = options.SignInRequestsPerMinute,
                        Window = TimeSpan.FromMinutes(1),
                        QueueLimit = 0,
                        AutoReplenishment = true,
                    })
                : RateLimitPartition.GetNoLimiter(string.Empty));
        limiter.OnRejected = (rejected, _) =>
        {
            var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
            var writer = rejected.HttpContext.RequestServices.GetRequiredService<HttpStatusWriter>();
            return new ValueTask(writer.WriteAsync(
                rejected.HttpContext, Code.ResourceExhausted, "Too many sign-in attempts from this address; try again in a minute.", retryAfter));
        };
    }

    private static readonly string[] SignInAddresses =
        [SignInEndpoints.GoogleLoginPath, GoogleSignInEvents.CallbackPath, SignInEndpoints.DevLoginPath];

    private static string? SignInAddress(PathString path) =>
        Array.Find(SignInAddresses, address => path.StartsWithSegments(address, StringComparison.OrdinalIgnoreCase));
}
