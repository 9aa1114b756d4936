namespace Jyotishika.Engine.Time;

/// <summary>A birth time as a request gives it: a wall-clock string plus whatever zone information came with it.</summary>
/// <param name="DateTime">ISO 8601 local time ("1991-03-25T09:46:00"), or an instant with its own offset or "Z".</param>
/// <param name="TimeZone">IANA zone name, or null.</param>
/// <param name="UtcOffsetMinutes">Fixed offset east of UTC, or null.</param>
/// <param name="Latitude">Birth latitude, for zone inference.</param>
/// <param name="Longitude">Birth longitude, for zone inference and local mean time.</param>
public sealed record BirthTime(
    string? DateTime,
    string? TimeZone,
    int? UtcOffsetMinutes,
    double Latitude = double.NaN,
    double Longitude = double.NaN)
{
    /// <summary>Which of two occurrences of a local time (a DST fold) is meant. Default: the earlier.</summary>
    public Fold Fold { get; init; } = Fold.Earlier;

    /// <summary>What to do with a local time that never occurred (a DST gap). Default: refuse it.</summary>
    public GapResolution Gap { get; init; } = GapResolution.Reject;

    /// <summary>Civil time of the zone (default) or the birth longitude's own mean time.</summary>
    public TimeStandard Standard { get; init; } = TimeStandard.ZoneTime;
}

/// <summary>Which instant a local time that occurred twice stands for.</summary>
public enum Fold
{
    Earlier = 1,
    Later = 2,
}

/// <summary>What a local time in a DST gap (a time the clocks skipped) becomes.</summary>
public enum GapResolution
{
    /// <summary>Refused, naming the instants around the gap.</summary>
    Reject = 1,

    /// <summary>Moved forward by the length of the gap (02:30 in a 02:00→03:00 gap becomes 03:30 at the new offset).</summary>
    ShiftForward = 2,
}

/// <summary>How wall-clock time relates to UTC for this birth.</summary>
public enum TimeStandard
{
    /// <summary>The zone's civil time from the tz database, including its own LMT before standard time.</summary>
    ZoneTime = 1,

    /// <summary>Mean solar time at the birth longitude: UTC + longitude × 4 minutes per degree.</summary>
    LocalMeanTime = 2,
}

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
/// <param name="Ambiguous">The local time occurred twice; <see cref="FoldUsed"/> says which occurrence was taken.</param>
/// <param name="ShiftedFromGap">The local time never occurred and was moved forward by the gap's length.</param>
/// <param name="Inference">How the zone was inferred from the coordinates, when it was.</param>
public sealed record ResolvedBirthTime(
    DateTime Utc,
    int UtcOffsetSeconds,
    string? TimeZoneId,
    TimeSource Source,
    bool Ambiguous,
    string LocalDateTime,
    Fold? FoldUsed = null,
    bool ShiftedFromGap = false,
    Places.ZoneInference? Inference = null);
