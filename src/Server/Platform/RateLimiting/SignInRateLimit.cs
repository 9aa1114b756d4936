namespace Jyotishika.Server.Platform.RateLimiting;

/// <summary>
/// Sign-in (login, callback, Development login) is limited per client IP (AUTH_RATE_LIMIT_PER_MINUTE), each address
/// with an allowance of its own, so one login's callback does not use up the next login. It is part of the limiter
/// that runs before authentication, because the OpenID callback is answered inside the authentication middleware.
/// </summary>
public static class SignInRateLimit
{
    public static RateLimitPolicy Policy(AuthOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new RateLimitPolicy(
            "sign-in", options.SignInRequestsPerMinute, TimeSpan.FromMinutes(1), "Too many sign-in attempts from this address");
    }

    public static PartitionedRateLimiter<HttpContext> Create(AuthOptions options, SharedWindows windows)
    {
        ArgumentNullException.ThrowIfNull(windows);
        var policy = Policy(options);
        return PartitionedRateLimiter.Create<HttpContext, string>(context =>
            SignInAddress(context.Request.Path) is { } address
                ? windows.Partition(policy, address + " " + ClientAddress.PartitionOf(context))
                : RateLimitPartition.GetNoLimiter(string.Empty));
    }

    private static string? SignInAddress(PathString path) =>
        SignInPaths.All.FirstOrDefault(address => path.StartsWithSegments(address, StringComparison.OrdinalIgnoreCase));
}
