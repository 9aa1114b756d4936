using NodaTime;

namespace Jyotishika.Engine.Panchang.Day;

/// <summary>
/// The panchang of one Hindu day, sunrise to the next sunrise, with every anga in force at any moment of it: a tithi that
/// begins after sunrise and ends before the next (kshaya) is listed like any other. Instants are UT.
/// </summary>
/// <param name="Start">Sunrise of the date; local midnight when the Sun does not rise that day.</param>
/// <param name="End">The next sunrise, within the following local day; its local midnight when there is none.</param>
/// <param name="Vaara">The weekday the day is named after: that of its sunrise.</param>
/// <param name="Tithis">Each list runs in time order: the first span contains <paramref name="Start"/>, the last contains
/// <paramref name="End"/>, and each span starts where the previous ends.</param>
/// <param name="NakshatraPadas">Numbered 1 (Ashwini 1) … 108 (Revati 4), named "Ashwini 1".</param>
/// <param name="MoonSigns">The Moon's sidereal signs, 1 (Mesha) … 12 (Meena).</param>
/// <param name="Month">The amanta month at <paramref name="Start"/>, as in the sunrise panchang.</param>
/// <param name="SolarRitu">From the Sun's sidereal sign at <paramref name="Start"/>.</param>
/// <param name="LunarRitu">From the amanta month at <paramref name="Start"/>.</param>
/// <param name="TaraBala">Per nakshatra span; null unless the options give the natal nakshatra.</param>
/// <param name="ChandraBala">Per Moon sign span; null unless the options give the natal Moon sign.</param>
public sealed record PanchangDay(
    LocalDate Date,
    DateTime Start,
    DateTime End,
    Vaara Vaara,
    IReadOnlyList<AngaSpan> Tithis,
    IReadOnlyList<AngaSpan> Nakshatras,
    IReadOnlyList<AngaSpan> NakshatraPadas,
    IReadOnlyList<AngaSpan> Yogas,
    IReadOnlyList<AngaSpan> Karanas,
    IReadOnlyList<AngaSpan> MoonSigns,
    LunarMonth Month,
    Samvatsara Samvatsara,
    Ayana Ayana,
    Ritu SolarRitu,
    Ritu LunarRitu,
    Disha DishaShool,
    IReadOnlyList<TaraBala>? TaraBala,
    IReadOnlyList<ChandraBala>? ChandraBala);
