namespace Jyotishika.Server.Platform.RateLimiting;

/// <summary>
/// One budget: <paramref name="PermitLimit"/> requests per <paramref name="Window"/> for each partition (a client IP, a
/// user). <paramref name="Name"/> labels counters and Redis keys; <paramref name="Refusal"/> starts the message a
/// refused caller reads.
/// </summary>
public sealed record RateLimitPolicy(string Name, int PermitLimit, TimeSpan Window, string Refusal) : IWindowBudget
{
    /// <summary>A limit of 0 means the policy is off.</summary>
    public bool IsOff => PermitLimit == 0;
}
