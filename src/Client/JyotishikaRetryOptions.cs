namespace Jyotishika.Client;

/// <summary>
/// gRPC's own retry policy (gRFC A6) for the idempotent calculation services: <c>ChartService</c>, <c>DashaService</c>,
/// <c>PanchangService</c>, <c>PlaceService</c>, <c>EphemerisService</c>, <c>YogaService</c>, <c>MatchService</c>,
/// <c>DoshaService</c>, <c>StrengthService</c>, <c>JaiminiService</c> and <c>VarshaphalService</c>, on <c>UNAVAILABLE</c> only. The delay before retry n is random between
/// zero and min(<see cref="InitialBackoff"/> × <see cref="BackoffMultiplier"/>^(n−1), <see cref="MaxBackoff"/>).
/// </summary>
/// <remarks>
/// <c>UNAVAILABLE</c> is what a server shutting down, an instance being replaced or a dropped connection answers: another
/// attempt (on a new connection) usually succeeds. Other codes are not retried: <c>RESOURCE_EXHAUSTED</c> means a rate
/// limit whose <c>RetryInfo</c> asks for seconds to minutes, <c>INVALID_ARGUMENT</c> and the like would fail the same way
/// again, and <c>DEADLINE_EXCEEDED</c> means the call's deadline, which covers every attempt, has passed.
/// </remarks>
public sealed class JyotishikaRetryOptions
{
    /// <summary>
    /// Attempts at most, the first included: 1 (no retries) to 5 (gRPC's limit). Default 4.
    /// </summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>The ceiling of the first retry's random delay. Default 0.25 seconds; must be positive.</summary>
    public TimeSpan InitialBackoff { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>No retry waits longer than this. Default 4 seconds; must be positive and at least <see cref="InitialBackoff"/>.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(4);

    /// <summary>How much the delay's ceiling grows after each retry. Default 2; must be at least 1.</summary>
    public double BackoffMultiplier { get; set; } = 2;
}
