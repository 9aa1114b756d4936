namespace Jyotishika.Server.Platform.RateLimiting;

/// <summary>
/// Rate-limit outcomes since start-up: requests refused, per policy, and requests this instance counted alone although
/// Redis is configured (Redis down or slow), which is when a client may get more than its shared budget.
/// </summary>
public sealed class RateLimitCounters(RedisWindows windows)
{
    private readonly ConcurrentDictionary<string, long> rejected = new(StringComparer.Ordinal);

    /// <summary>Refusals so far for each policy name that has refused at least once.</summary>
    public IReadOnlyDictionary<string, long> RejectedByPolicy => new Dictionary<string, long>(rejected, StringComparer.Ordinal);

    public long CountedLocallyTotal => windows.CountedLocallyTotal;

    public long RejectedTotal(string policy) => rejected.GetValueOrDefault(policy);

    public void Rejected(string policy) => rejected.AddOrUpdate(policy, 1, static (_, count) => count + 1);
}
