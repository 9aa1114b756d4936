namespace Jyotishika.Server.Tests.Infrastructure;

/// <summary>A clock stopped at one instant, for answers that depend on "now" (a zone's current offset, a token's expiry).</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
