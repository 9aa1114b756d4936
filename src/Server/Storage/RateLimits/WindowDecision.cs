namespace Jyotishika.Server.Storage.RateLimits;

/// <summary>A window's answer to one request: allowed, or refused until the window ends.</summary>
internal readonly record struct WindowDecision(bool Allowed, TimeSpan RetryAfter)
{
    public static WindowDecision Allow { get; } = new(true, TimeSpan.Zero);

    public static WindowDecision Refuse(TimeSpan retryAfter) => new(false, retryAfter);
}
