namespace Jyotishika.Engine.Doshas;

/// <summary>Saturn's transit phases counted from the natal Moon's sign (whole signs, the Moon's sign being the 1st).</summary>
public enum SadeSatiPhase
{
    /// <summary>Saturn in the 12th from the Moon: the first of the three signs of sade sati.</summary>
    Rising = 1,

    /// <summary>Saturn in the Moon's sign: the middle one.</summary>
    Peak = 2,

    /// <summary>Saturn in the 2nd from the Moon: the last one.</summary>
    Setting = 3,

    /// <summary>Saturn in the 4th from the Moon: a dhaiya (kantaka, ardhashtama).</summary>
    FourthDhaiya = 4,

    /// <summary>Saturn in the 8th from the Moon: a dhaiya (ashtama).</summary>
    EighthDhaiya = 5,
}

/// <summary>One stay of Saturn in a sign that is a phase, clipped to the timeline's span.</summary>
/// <param name="Phase">The phase the sign is.</param>
/// <param name="SaturnSign">Saturn's sign over the stay, 0 = Aries … 11.</param>
/// <param name="Start">When Saturn entered the sign (or the timeline's start, if it was already there).</param>
/// <param name="End">When Saturn left it (or the timeline's end, if it was still there), exclusive.</param>
/// <param name="ReEntry">Saturn had already stood in this sign in the same passage and came back to it (a retrograde swing).</param>
public sealed record SadeSatiInterval(SadeSatiPhase Phase, int SaturnSign, DateTime Start, DateTime End, bool ReEntry)
{
    /// <summary>One of the three signs of sade sati proper (not a dhaiya).</summary>
    public bool IsSadeSati => Phase is SadeSatiPhase.Rising or SadeSatiPhase.Peak or SadeSatiPhase.Setting;
}

/// <summary>A Saturn sign ingress, as the timeline reads it.</summary>
/// <param name="Utc">The instant Saturn is first in <paramref name="Entered"/>.</param>
/// <param name="Entered">The sign entered.</param>
public readonly record struct SaturnIngress(DateTime Utc, int Entered);

/// <summary>The phases over a span of time, in order, with the natal Moon's sign they are counted from.</summary>
public sealed record SadeSatiTimeline(int MoonSign, DateTime Start, DateTime End, IReadOnlyList<SadeSatiInterval> Intervals)
{
    /// <summary>The phase at an instant, or null when Saturn is in none of the five signs (or the instant is outside the span).</summary>
    public SadeSatiInterval? At(DateTime utc) => Intervals.FirstOrDefault(interval => interval.Start <= utc && utc < interval.End);
}
