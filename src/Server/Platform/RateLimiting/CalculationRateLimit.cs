using Jyotishika.V1;

namespace Jyotishika.Server.Platform.RateLimiting;

/// <summary>
/// Calculations (chart, dasha, panchang, places, ephemeris, and the profile calls that compute a chart; gRPC and
/// transcoded REST alike) count against the signed-in caller's budget (RATE_LIMIT_CALCULATIONS_PER_USER_PER_MINUTE),
/// whichever instance or address they come from; a stream counts once, when it is called. Anonymous calculations, open
/// in Development, have the per-IP limit only.
/// </summary>
public static class CalculationRateLimit
{
    private static readonly FrozenSet<string> CalculationServices = new[]
    {
        ChartService.Descriptor.FullName, DashaService.Descriptor.FullName, PanchangService.Descriptor.FullName,
        PlaceService.Descriptor.FullName, EphemerisService.Descriptor.FullName, YogaService.Descriptor.FullName,
        MatchService.Descriptor.FullName,
        DoshaService.Descriptor.FullName, StrengthService.Descriptor.FullName, JaiminiService.Descriptor.FullName,
        VarshaphalService.Descriptor.FullName,
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Profile calls that compute a chart, by gRPC full name. CreateProfile always does; UpdateProfile does when the
    /// birth changes, which the door cannot see before the body is read, so every update counts (edits are far rarer
    /// than the limit). GetProfileChart does not count: it computes only a missing or stale chart and saves it, so at most
    /// once per profile version (each made by a counted create or update) and engine release, while counting it would
    /// throttle a page that merely shows saved charts.
    /// </summary>
    private static readonly FrozenSet<string> ChartComputingMethods = new[]
    {
        nameof(ProfileService.ProfileServiceBase.CreateProfile), nameof(ProfileService.ProfileServiceBase.UpdateProfile),
    }.Select(method => $"/{ProfileService.Descriptor.FullName}/{method}").ToFrozenSet(StringComparer.Ordinal);

    public static RateLimitPolicy Policy(RateLimitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new RateLimitPolicy(
            "user-calculations", options.CalculationsPerUserPerMinute, TimeSpan.FromMinutes(1), "Too many calculations for this account");
    }

    /// <summary>Whether the routed endpoint is a calculation RPC; transcoded REST endpoints carry the same gRPC method.</summary>
    public static bool IsCalculation(HttpContext context) =>
        context?.GetEndpoint()?.Metadata.GetMetadata<GrpcMethodMetadata>() is { } grpc
        && (CalculationServices.Contains(grpc.Method.ServiceName) || ChartComputingMethods.Contains(grpc.Method.FullName));

    /// <summary>Partitions by the authenticated caller, so it must run after authentication.</summary>
    public static PartitionedRateLimiter<HttpContext> Create(RateLimitOptions options, SharedWindows windows)
    {
        ArgumentNullException.ThrowIfNull(windows);
        var policy = Policy(options);
        return PartitionedRateLimiter.Create<HttpContext, string>(context =>
            IsCalculation(context) && CallerClaims.User(context.User) is { } caller
                ? windows.Partition(policy, caller.Id.ToString("N"))
                : RateLimitPartition.GetNoLimiter(string.Empty));
    }
}
