namespace Jyotishika.Engine.Doshas;

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
