namespace Jyotishika.Server.Platform.RateLimiting;

/// <summary>A window's lease; a refused one names its policy and carries Retry-After, for the answer the caller gets.</summary>
public sealed class WindowLease : RateLimitLease
{
    private static readonly string[] RetryAfterOnly = [MetadataName.RetryAfter.Name];

    private WindowLease(bool isAcquired, RateLimitPolicy? policy, TimeSpan? retryAfter)
    {
        IsAcquired = isAcquired;
        Policy = policy;
        RetryAfter = retryAfter;
    }

    public static WindowLease Acquired { get; } = new(true, null, null);

    /// <summary>"No answer without waiting": not a refusal, nothing counted (see <see cref="SharedWindowLimiter"/>).</summary>
    internal static WindowLease Deferred { get; } = new(false, null, null);

    public override bool IsAcquired { get; }

    /// <summary>The policy that refused; null when acquired (or deferred).</summary>
    public RateLimitPolicy? Policy { get; }

    public TimeSpan? RetryAfter { get; }

    public override IEnumerable<string> MetadataNames => RetryAfter is null ? [] : RetryAfterOnly;

    public static WindowLease Refused(RateLimitPolicy policy, TimeSpan retryAfter) => new(false, policy, retryAfter);

    public override bool TryGetMetadata(string metadataName, out object? metadata)
    {
        metadata = metadataName == MetadataName.RetryAfter.Name ? RetryAfter : null;
        return metadata is not null;
    }
}
