namespace Jyotishika.Engine.Doshas;

/// <summary>The phases over a span of time, in order, with the natal Moon's sign they are counted from.</summary>
public sealed record SadeSatiTimeline(int MoonSign, DateTime Start, DateTime End, IReadOnlyList<SadeSatiInterval> Intervals)
{
    /// <summary>The phase at an instant, or null when Saturn is in none of the five signs (or the instant is outside the span).</summary>
    public SadeSatiInterval? At(DateTime utc) => Intervals.FirstOrDefault(interval => interval.Start <= utc && utc < interval.End);
}
