namespace Jyotishika.Engine.Ephemeris;

/// <summary>
/// Body states in one sidereal frame — the ayanamsha (user-defined and extra offset included), node type and position
/// type of a <see cref="ChartSettings"/> — exactly as a chart with those settings reports them, Ketu opposite Rahu. An
/// instance serves one synchronous job and is used by one thread at a time.
/// </summary>
internal interface IBodyStates
{
    /// <summary>The Julian day (UT1) a chart for this UTC instant is computed at.</summary>
    double JulianDayUt(DateTime utc);

    /// <summary>
    /// One body at many instants (Julian days, UT), in order. Batched because both the positions stream and the event
    /// scan ask for a body on a whole grid at once, which an evaluator of fitted series answers far faster than
    /// instant by instant. Instants lie within <see cref="SupportedRange"/>.
    /// </summary>
    void Evaluate(Graha body, ReadOnlySpan<double> julianDaysUt, Span<BodyPosition> into);
}
