namespace Jyotishika.Engine.Time;

/// <summary>A birth time as a request gives it: a wall-clock string plus whatever zone information came with it.</summary>
/// <param name="DateTime">ISO 8601 local time ("1991-03-25T09:46:00"), or an instant with its own offset or "Z".</param>
/// <param name="TimeZone">IANA zone name, or null.</param>
/// <param name="UtcOffsetMinutes">Fixed offset east of UTC, or null.</param>
public sealed record BirthTime(string? DateTime, string? TimeZone, int? UtcOffsetMinutes);

/// <summary>Where the offset applied to a birth time came from.</summary>
public enum TimeSource
{
    GivenOffset = 1,
    GivenTimeZone = 2,
    Inferred = 3,
    LocalMeanTime = 4,
    GivenUtcOffsetMinutes = 5,
}

/// <summary>The instant a birth time stands for, and how it was reached (echoed to callers so results can be audited).</summary>
public sealed record ResolvedBirthTime(
    DateTime Utc, int UtcOffsetSeconds, string? TimeZoneId, TimeSource Source, bool Ambiguous, string LocalDateTime);
