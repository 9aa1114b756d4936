using NodaTime;

namespace Jyotishika.Engine.Panchang.Muhurta;

/// <summary>
/// The muhurta periods of one panchang day, which runs from sunrise to the next sunrise. Instants are UT as
/// <see cref="DateTimeKind.Utc"/> values, like <see cref="DailyPanchang"/>. Rahu kalam, yamaganda, gulika kalam and
/// abhijit muhurta stay in <see cref="DailyPanchang.Periods"/>.
/// </summary>
/// <param name="Gowri">The eight daytime parts only: the night table could not be confirmed from two sources (see
/// GowriTable).</param>
/// <param name="Nakshatras">Every nakshatra in force at some instant between sunrise and the next sunrise, each with its
/// varjyam and amrita kalam (which may fall outside the day: the whole nakshatra is reported).</param>
public sealed record DayMuhurtas(
    LocalDate Date,
    Vaara Vaara,
    RiseConvention Rise,
    DateTime Sunrise,
    DateTime Sunset,
    DateTime NextSunrise,
    IReadOnlyList<Hora> Horas,
    IReadOnlyList<Choghadiya> Choghadiyas,
    IReadOnlyList<GowriPeriod> Gowri,
    IReadOnlyList<Durmuhurta> Durmuhurtas,
    IReadOnlyList<NakshatraWindows> Nakshatras,
    TimeRange BrahmaMuhurta,
    TimeRange Godhuli,
    TimeRange Vijaya,
    TimeRange Nishita);

/// <summary>Daytime (sunrise → sunset) or night (sunset → next sunrise).</summary>
public enum DayPart
{
    Day = 1,
    Night = 2,
}

/// <summary>How the tables rate a period for starting an undertaking.</summary>
public enum PeriodQuality
{
    Good = 1,
    Neutral = 2,
    Bad = 3,
}

/// <summary>One of the 24 planetary hours; <paramref name="Number"/> 1–12 by day, 13–24 by night.</summary>
public sealed record Hora(int Number, Graha Lord, DayPart Part, DateTime Start, DateTime End);

/// <summary>One of the eight choghadiyas of the day or of the night.</summary>
public sealed record Choghadiya(int Number, ChoghadiyaName Name, PeriodQuality Quality, DayPart Part, DateTime Start, DateTime End);

/// <summary>One of the eight gowri (Tamil gowri panchangam) parts of the daytime.</summary>
public sealed record GowriPeriod(int Number, GowriName Name, PeriodQuality Quality, DayPart Part, DateTime Start, DateTime End);

/// <summary>A durmuhurta: <paramref name="Muhurta"/> is its number 1–15 among the muhurtas of its day part.</summary>
public sealed record Durmuhurta(int Muhurta, DayPart Part, DateTime Start, DateTime End);

/// <summary>A nakshatra with its varjyam (one, or two for Mula) and amrita kalam.</summary>
public sealed record NakshatraWindows(Anga Nakshatra, IReadOnlyList<TimeRange> Varjyam, TimeRange AmritaKalam);

/// <summary>The seven choghadiyas, each the part of one weekday lord.</summary>
public enum ChoghadiyaName
{
    Udveg = 1,
    Amrit = 2,
    Rog = 3,
    Labh = 4,
    Shubh = 5,
    Char = 6,
    Kaal = 7,
}

/// <summary>The eight gowri parts: seven named after weekday lords, and Visham.</summary>
public enum GowriName
{
    Uthi = 1,
    Amirdha = 2,
    Rogam = 3,
    Laabam = 4,
    Dhanam = 5,
    Sugam = 6,
    Soram = 7,
    Visham = 8,
}
