namespace Jyotishika.Server.Platform.RateLimiting;

/// <summary>
/// Every request counts against its client IP's budget (RATE_LIMIT_PER_IP_PER_MINUTE), except probes, scrapes and the
/// license notice: an orchestrator or Prometheus asking often must not take the server out of service, and AGPL-3.0
/// §13 wants the source offer always reachable.
/// </summary>
public static class ClientIpRateLimit
{
    // Their endpoints also carry DisableRateLimiting; the paths keep them exempt whoever maps them, and however.
    private static readonly PathString[] Unlimited =
        ["/healthz", "/readyz", "/livez", "/metrics", "/license", "/grpc.health.v1.Health"];

    public static RateLimitPolicy Policy(RateLimitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new RateLimitPolicy(
            "client-ip", options.RequestsPerIpPerMinute, TimeSpan.FromMinutes(1), "Too many requests from this address");
    }

    public static bool IsUnlimited(PathString path) =>
        Array.Exists(Unlimited, unlimited => path.StartsWithSegments(unlimited, StringComparison.OrdinalIgnoreCase));

    public static PartitionedRateLimiter<HttpContext> Create(RateLimitOptions options, SharedWindows windows)
    {
        ArgumentNullException.ThrowIfNull(windows);
        var policy = Policy(options);
        return PartitionedRateLimiter.Create<HttpContext, string>(context =>
            IsUnlimited(context.Request.Path)
                ? RateLimitPartition.GetNoLimiter(string.Empty)
                : windows.Partition(policy, ClientAddress.PartitionOf(context)));
    }
}
