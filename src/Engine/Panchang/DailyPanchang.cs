using NodaTime;

namespace Jyotishika.Engine.Panchang;

/// <summary>
/// The panchang of a local day. Instants are UT (the Swiss Ephemeris' UT1, within 0.9 s of UTC) as
/// <see cref="DateTimeKind.Utc"/> values. Rise and set times are null when the body does not rise or set that local day.
/// </summary>
/// <param name="ReferenceInstant">Where the angas are taken: sunrise, or local midnight when the Sun does not rise.</param>
/// <param name="Periods">Null when the day has no sunrise or no sunset after it (polar day or night).</param>
public sealed record DailyPanchang(
    LocalDate Date,
    RiseConvention Rise,
    DateTime? Sunrise,
    DateTime? Sunset,
    DateTime? Moonrise,
    DateTime? Moonset,
    DateTime ReferenceInstant,
    Vaara Vaara,
    Tithi Tithi,
    Anga Nakshatra,
    Anga Yoga,
    Anga Karana,
    DayPeriods? Periods,
    LunarMonth Month);

/// <summary>A lunar day: 1–15 in the bright half, 16–30 in the dark half, with the instants it starts and ends.</summary>
public sealed record Tithi(int Number, Paksha Paksha, string Name, DateTime Start, DateTime End);

/// <summary>One of the other angas (nakshatra 1–27, yoga 1–27, karana 1–60) with the instants it starts and ends.</summary>
public sealed record Anga(int Number, string Name, DateTime Start, DateTime End);

/// <summary>The waxing (Shukla) or waning (Krishna) half of the lunar month.</summary>
public enum Paksha
{
    Shukla = 1,
    Krishna = 2,
}

/// <summary>A span of time, start inclusive.</summary>
public sealed record TimeRange(DateTime Start, DateTime End);

/// <summary>Daytime periods measured in fractions of sunrise → sunset.</summary>
public sealed record DayPeriods(TimeRange RahuKalam, TimeRange Yamaganda, TimeRange GulikaKalam, TimeRange AbhijitMuhurta);
