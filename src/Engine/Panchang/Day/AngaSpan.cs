namespace Jyotishika.Engine.Panchang.Day;

/// <summary>
/// One anga in force during part of a panchang day: tithi 1–30 (16–30 the Krishna paksha), nakshatra 1–27, yoga 1–27,
/// karana 1–60, or the Moon's sign 1 (Mesha) – 12 (Meena). Start and end are UT; the first span may start before sunrise and
/// the last end after the next sunrise.
/// </summary>
public sealed record AngaSpan(int Number, string Name, DateTime Start, DateTime End);
