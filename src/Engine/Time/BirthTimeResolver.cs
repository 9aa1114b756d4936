using System.Globalization;
using NodaTime;
using NodaTime.Text;
using NodaTime.TimeZones;

namespace Jyotishika.Engine.Time;

/// <summary>
/// Turns a birth time into a UTC instant with the IANA time-zone database embedded in NodaTime (the same rules on
/// every machine). Precedence: an offset inside the datetime, then <c>tz</c>, then <c>utcOffsetMinutes</c>.
/// A local time that occurs twice resolves to the earlier instant and is flagged; one that never occurred is refused.
/// </summary>
public sealed class BirthTimeResolver(IDateTimeZoneProvider zones)
{
    /// <summary>Offsets beyond ±18 h exist nowhere (ISO 8601 and NodaTime share the limit).</summary>
    public const int MaxOffsetMinutes = 18 * 60;

    private static readonly LocalDateTimePattern[] LocalPatterns =
    [
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFF"),
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm"),
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd HH':'mm':'ss;FFFFFFFFF"),
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd HH':'mm"),
    ];

    private static readonly OffsetDateTimePattern[] OffsetPatterns =
    [
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<G>"),
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mmo<G>"),
    ];

    public static BirthTimeResolver Default { get; } = new(DateTimeZoneProviders.Tzdb);

    /// <summary>The tz database release in use (for the license page and responses).</summary>
    public string DatabaseVersion => zones.VersionId;

    public ResolvedBirthTime Resolve(BirthTime birthTime)
    {
        ArgumentNullException.ThrowIfNull(birthTime);
        var text = birthTime.DateTime?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            throw new InvalidInputException("datetime", "is required (ISO 8601, e.g. 1991-03-25T09:46:00)");
        }

        if (TryParseWithOffset(text, out var withOffset))
        {
            return FromOffset(withOffset, text);
        }

        var local = ParseLocal(text);
        if (!string.IsNullOrWhiteSpace(birthTime.TimeZone))
        {
            return InZone(local, birthTime.TimeZone.Trim(), text);
        }

        if (birthTime.UtcOffsetMinutes is { } minutes)
        {
            if (Math.Abs(minutes) > MaxOffsetMinutes)
            {
                throw new InvalidInputException("utcOffsetMinutes", $"must be from -{MaxOffsetMinutes} to {MaxOffsetMinutes} minutes");
            }

            var instant = local.InZoneStrictly(DateTimeZone.ForOffset(Offset.FromSeconds(minutes * 60))).ToInstant();
            return new ResolvedBirthTime(ToUtc(instant), minutes * 60, null, TimeSource.GivenUtcOffsetMinutes, false, text);
        }

        throw new InvalidInputException(
            "tz", "tz (an IANA zone such as Asia/Kolkata) or utcOffsetMinutes is required when datetime has no offset");
    }

    private ResolvedBirthTime InZone(LocalDateTime local, string zoneId, string text)
    {
        var zone = zones.GetZoneOrNull(zoneId)
            ?? throw new InvalidInputException("tz", "is not a known IANA time-zone name (for example Asia/Kolkata)");
        var mapping = zone.MapLocal(local);
        if (mapping.Count == 0)
        {
            var transition = mapping.LateInterval.Start;
            var before = transition.WithOffset(mapping.EarlyInterval.WallOffset).LocalDateTime;
            var after = transition.WithOffset(mapping.LateInterval.WallOffset).LocalDateTime;
            throw new InvalidInputException(
                "datetime",
                $"{FormatLocal(local)} never occurred in {zone.Id}: at {InstantPattern.ExtendedIso.Format(transition)} clocks " +
                $"moved from {FormatLocal(before)} (UTC{mapping.EarlyInterval.WallOffset}) to {FormatLocal(after)} " +
                $"(UTC{mapping.LateInterval.WallOffset})");
        }

        var zoned = mapping.First();
        return new ResolvedBirthTime(
            ToUtc(zoned.ToInstant()), zoned.Offset.Seconds, zone.Id, TimeSource.GivenTimeZone, mapping.Count > 1, text);
    }

    private static ResolvedBirthTime FromOffset(OffsetDateTime value, string text) =>
        new(ToUtc(value.ToInstant()), value.Offset.Seconds, null, TimeSource.GivenOffset, false, text);

    private static bool TryParseWithOffset(string text, out OffsetDateTime value)
    {
        foreach (var pattern in OffsetPatterns)
        {
            var result = pattern.Parse(text);
            if (result.Success)
            {
                value = result.Value;
                CheckYear(value.Year);
                return true;
            }
        }

        value = default;
        return false;
    }

    private static LocalDateTime ParseLocal(string text)
    {
        foreach (var pattern in LocalPatterns)
        {
            var result = pattern.Parse(text);
            if (result.Success)
            {
                CheckYear(result.Value.Year);
                return result.Value;
            }
        }

        throw new InvalidInputException(
            "datetime", "is not a valid ISO 8601 date and time (expected e.g. 1991-03-25T09:46:00, optionally with an offset)");
    }

    /// <summary>Rejects years no chart can use before any arithmetic on them (the engine then checks the exact range).</summary>
    private static void CheckYear(int year)
    {
        if (year is < 1799 or > 2400)
        {
            throw new InvalidInputException("datetime", $"must be {SupportedRange.Description}");
        }
    }

    private static DateTime ToUtc(Instant instant) => instant.ToDateTimeUtc();

    private static string FormatLocal(LocalDateTime local) =>
        local.ToString("uuuu'-'MM'-'dd'T'HH':'mm':'ss", CultureInfo.InvariantCulture);
}
