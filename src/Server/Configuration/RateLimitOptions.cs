namespace Jyotishika.Server.Configuration;

/// <summary>
/// Request rate limits, counted in Redis when REDIS_URL is set (one budget however many instances serve) and per
/// instance otherwise. The sign-in limit is AuthOptions.SignInRequestsPerMinute (AUTH_RATE_LIMIT_PER_MINUTE).
/// </summary>
public sealed record RateLimitOptions
{
    /// <summary>
    /// RATE_LIMIT_PER_IP_PER_MINUTE: requests per client IP (an IPv6 client's /64) per minute, on every route but
    /// health, metrics and license. Default 600; 0 turns it off. The older system's "50 per hour, 200 per day" is not
    /// kept: it applied only to routes without a limit of their own, and as a cap on every request it would refuse a
    /// browser after a few page views.
    /// </summary>
    public int RequestsPerIpPerMinute { get; init; } = 600;

    /// <summary>
    /// RATE_LIMIT_CALCULATIONS_PER_USER_PER_MINUTE: calculation calls (chart, dasha, panchang, places, ephemeris, and
    /// creating or updating a profile, which computes its chart) per signed-in user per minute, REST and gRPC together.
    /// Default 100, the older system's chart limit; 0 turns it off. Anonymous calculations (Development) are bounded by
    /// the per-IP limit only.
    /// </summary>
    public int CalculationsPerUserPerMinute { get; init; } = 100;

    /// <summary>
    /// RATE_LIMIT_REDIS_TIMEOUT_MS: how long a request waits for Redis's count before this instance counts it alone.
    /// Default 50 ms, far above a healthy round trip and still short next to what a caller notices.
    /// </summary>
    public TimeSpan RedisTimeout { get; init; } = TimeSpan.FromMilliseconds(50);

    public static RateLimitOptions FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var defaults = new RateLimitOptions();
        return new RateLimitOptions
        {
            RequestsPerIpPerMinute = ConfigurationReader.Integer(
                configuration, "RATE_LIMIT_PER_IP_PER_MINUTE", defaults.RequestsPerIpPerMinute, 0, 1_000_000),
            CalculationsPerUserPerMinute = ConfigurationReader.Integer(
                configuration, "RATE_LIMIT_CALCULATIONS_PER_USER_PER_MINUTE", defaults.CalculationsPerUserPerMinute, 0, 1_000_000),
            RedisTimeout = ConfigurationReader.Milliseconds(configuration, "RATE_LIMIT_REDIS_TIMEOUT_MS", defaults.RedisTimeout, 1, 10_000),
        };
    }
}
