using Jyotishika.Engine.Panchang;

namespace Jyotishika.Engine.Jaimini;

/// <summary>
/// The conventions the time-based upagrahas and special lagnas depend on. The defaults are Jagannatha Hora's as PyJHora
/// reproduces them (its tests hold JHora's values), which is where they differ from the printed book.
/// </summary>
public sealed record TimedPointOptions
{
    public static TimedPointOptions Default { get; } = new();

    /// <summary>
    /// Which sunrise and sunset divide the day: default <see cref="RiseConvention.HinduDiscCentre"/> (the disc's centre
    /// on the horizon without refraction), as PyJHora's <c>drik.sunrise</c> finds them; almanacs use the upper limb.
    /// </summary>
    public RiseConvention Rise { get; init; } = RiseConvention.HinduDiscCentre;

    /// <summary>
    /// Gulika rises at the start of Saturn's part (default, PyJHora's <c>gulika_longitude</c>, after Jagannatha Hora);
    /// Narasimha Rao's ch. 4.3 puts it at the middle.
    /// </summary>
    public UpagrahaMoment Gulika { get; init; } = UpagrahaMoment.PartStart;

    /// <summary>
    /// Mandi rises at the middle of Saturn's part (default, PyJHora's <c>maandi_longitude</c>); Narasimha Rao's ch. 4.3
    /// puts it at the start. Some authors treat Mandi and Gulika as one point: choose the same moment for both.
    /// </summary>
    public UpagrahaMoment Mandi { get; init; } = UpagrahaMoment.PartMiddle;

    /// <summary>Kaala, Mrityu, Ardhaprahara and Yamaghantaka: the middle of their parts (Narasimha Rao ch. 4.3, and PyJHora).</summary>
    public UpagrahaMoment OtherUpagrahas { get; init; } = UpagrahaMoment.PartMiddle;

    /// <summary>Default <see cref="BhavaLagnaRate.SignPerFiveGhatis"/>.</summary>
    public BhavaLagnaRate BhavaLagnaRate { get; init; } = BhavaLagnaRate.SignPerFiveGhatis;
}
