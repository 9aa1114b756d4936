using NodaTime;

namespace Jyotishika.Engine.Time;

/// <summary>A local time that never occurred: the clock change in <paramref name="ZoneId"/> that skipped it.</summary>
public sealed record SkippedLocalTime(
    LocalDateTime Local,
    string ZoneId,
    Instant Transition,
    LocalDateTime Before,
    Offset OffsetBefore,
    LocalDateTime After,
    Offset OffsetAfter);
