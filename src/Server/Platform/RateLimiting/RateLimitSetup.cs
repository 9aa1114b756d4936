using Microsoft.AspNetCore.RateLimiting;

namespace Jyotishika.Server.Platform.RateLimiting;

/// <summary>
/// Every rate limit the server applies, configured in one place: per client IP and per sign-in address in ASP.NET
/// Core's rate limiter (before authentication), per user for calculations after authorization. Counts live in Redis
/// when it answers, so instances share one budget, and per instance when it does not.
/// </summary>
public static class RateLimitSetup
{
    public static void AddRateLimits(this WebApplicationBuilder builder, AuthOptions auth)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(auth);
        var options = RateLimitOptions.FromConfiguration(builder.Configuration);
        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton<RateLimitCounters>();
        services.AddSingleton<SharedWindows>();
        services.AddSingleton<RateLimitRejection>();
        services.AddSingleton(provider => new RequestRateLimiters(options, auth, provider.GetRequiredService<SharedWindows>()));
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = RateLimitRejection.OnRejectedAsync;
        });
        services.AddOptions<RateLimiterOptions>()
            .Configure<RequestRateLimiters>((limiter, limiters) => limiter.GlobalLimiter = limiters.BeforeAuthentication);
    }

    /// <summary>After UseAuthorization: the limits that need to know the caller.</summary>
    public static void UseCalculationRateLimit(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<CalculationRateLimitMiddleware>();
    }
}
