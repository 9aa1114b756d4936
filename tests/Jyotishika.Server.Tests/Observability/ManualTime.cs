namespace Jyotishika.Server.Tests.Observability;

/// <summary>A clock that moves only when told to, for code that reads time through <see cref="TimeProvider"/>.</summary>
internal sealed class ManualTime : TimeProvider
{
    private long ticks = TimeSpan.FromDays(1).Ticks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => ticks;

    public override DateTimeOffset GetUtcNow() => new(ticks, TimeSpan.Zero);

    public void Advance(TimeSpan by) => ticks += by.Ticks;
}
