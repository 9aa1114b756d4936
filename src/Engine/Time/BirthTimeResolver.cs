using Jyotishika.Engine.Places;
using NodaTime;
using NodaTime.Text;
using NodaTime.TimeZones;

namespace Jyotishika.Engine.Time;

/// <summary>
/// Turns a birth time into a UTC instant with the IANA time-zone database embedded in NodaTime (the same rules on
/// every machine). Precedence: an offset inside the datetime; then local mean time when asked for; then <c>tz</c>;
/// then <c>utcOffsetMinutes</c>; then the zone inferred offline from the coordinates. A local time that occurs twice
/// takes the requested fold (earlier by default) and is flagged; one that never occurred is refused unless the caller
/// asks to shift it forward.
/// </summary>
public sealed class BirthTimeResolver(IDateTimeZoneProvider zones, TimeZoneLocator? locator = null)
{
    /// <summary>Seconds of mean solar time per degree of longitude (4 minutes).</summary>
    private const double LocalMeanTimeSecondsPerDegree = 240.0;

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

    /// <summary>The tz database release in use (for the license page and responses).</summary>
    public string DatabaseVersion => zones.VersionId;

    public ResolvedBirthTime Resolve(BirthTime birthTime)
    {
        ArgumentNullException.ThrowIfNull(birthTime);
        var text = birthTime.DateTime?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            throw new InvalidInputException(new InputProblem(InputPart.BirthDateTime, ProblemKind.Missing));
        }

        if (TryParseWithOffset(text, out var withOffset))
        {
            return FromOffset(withOffset, text);
        }

        var local = ParseLocal(text);
        if (birthTime.Standard == TimeStandard.LocalMeanTime)
        {
            return AtLocalMeanTime(local, birthTime, text);
        }

        if (!string.IsNullOrWhiteSpace(birthTime.TimeZone))
        {
            var zone = zones.GetZoneOrNull(birthTime.TimeZone.Trim())
                ?? throw new InvalidInputException(new InputProblem(InputPart.TimeZone, ProblemKind.Unsupported));
            return InZone(local, zone, birthTime, text, TimeSource.GivenTimeZone, inference: null);
        }

        if (birthTime.UtcOffsetMinutes is { } minutes)
        {
            if (minutes is < -MaxOffsetMinutes or > MaxOffsetMinutes)
            {
                throw new InvalidInputException(
                    new InputProblem(InputPart.UtcOffset, ProblemKind.OutOfRange) { Limits = new(-MaxOffsetMinutes, MaxOffsetMinutes) });
            }

            var instant = local.InZoneStrictly(DateTimeZone.ForOffset(Offset.FromSeconds(minutes * 60))).ToInstant();
            return new ResolvedBirthTime(ToUtc(instant), minutes * 60, null, TimeSource.GivenUtcOffsetMinutes, false, text);
        }

        if (locator is null)
        {
            throw new InvalidInputException(new InputProblem(InputPart.TimeZone, ProblemKind.Missing));
        }

        RequireCoordinates(birthTime, InputPart.TimeZone);
        var inference = locator.Infer(birthTime.Latitude, birthTime.Longitude);
        var inferred = zones.GetZoneOrNull(inference.TimeZone)
            ?? throw new InvalidOperationException($"The place data names zone '{inference.TimeZone}', unknown to tzdb {DatabaseVersion}");
        return InZone(local, inferred, birthTime, text, TimeSource.Inferred, inference);
    }

    private static ResolvedBirthTime AtLocalMeanTime(LocalDateTime local, BirthTime birthTime, string text)
    {
        RequireCoordinates(birthTime, InputPart.TimeStandard);
        var offset = Duration.FromTicks((long)Math.Round(birthTime.Longitude * LocalMeanTimeSecondsPerDegree * NodaConstants.TicksPerSecond));
        var instant = local.InUtc().ToInstant() - offset;
        return new ResolvedBirthTime(
            ToUtc(instant), (int)Math.Round(offset.TotalSeconds), null, TimeSource.LocalMeanTime, false, text);
    }

    /// <summary>The coordinates, checked because <paramref name="neededFor"/> needs them.</summary>
    private static void RequireCoordinates(BirthTime birthTime, InputPart neededFor)
    {
        var problems = GeoCoordinates.Validate(birthTime.Latitude, birthTime.Longitude);
        if (problems.Count > 0)
        {
            throw new InvalidInputException(problems.Select(problem => problem with { NeededFor = neededFor }).ToList());
        }
    }

    private static ResolvedBirthTime InZone(
        LocalDateTime local, DateTimeZone zone, BirthTime birthTime, string text, TimeSource source, ZoneInference? inference)
    {
        var mapping = zone.MapLocal(local);
        if (mapping.Count == 0)
        {
            var transition = mapping.LateInterval.Start;
            var before = transition.WithOffset(mapping.EarlyInterval.WallOffset).LocalDateTime;
            var after = transition.WithOffset(mapping.LateInterval.WallOffset).LocalDateTime;
            if (birthTime.Gap == GapResolution.ShiftForward)
            {
                var shifted = Resolvers.ReturnForwardShifted(local, zone, mapping.EarlyInterval, mapping.LateInterval);
                return new ResolvedBirthTime(
                    ToUtc(shifted.ToInstant()), shifted.Offset.Seconds, zone.Id, source, false, text, ShiftedFromGap: true, Inference: inference);
            }

            throw new InvalidInputException(new InputProblem(InputPart.BirthDateTime, ProblemKind.NeverOccurred)
            {
                Gap = new SkippedLocalTime(
                    local, zone.Id, transition, before, mapping.EarlyInterval.WallOffset, after, mapping.LateInterval.WallOffset),
            });
        }

        var ambiguous = mapping.Count > 1;
        var zoned = ambiguous && birthTime.Fold == Fold.Later ? mapping.Last() : mapping.First();
        return new ResolvedBirthTime(
            ToUtc(zoned.ToInstant()),
            zoned.Offset.Seconds,
            zone.Id,
            source,
            ambiguous,
            text,
            FoldUsed: ambiguous ? birthTime.Fold : null,
            Inference: inference);
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

        throw new InvalidInputException(new InputProblem(InputPart.BirthDateTime, ProblemKind.Malformed));
    }

    /// <summary>Rejects years no chart can use before any arithmetic on them (the engine then checks the exact range).</summary>
    private static void CheckYear(int year)
    {
        if (year is < 1799 or > 2400)
        {
            throw new InvalidInputException(SupportedRange.Outside(InputPart.BirthDateTime));
        }
    }

    private static DateTime ToUtc(Instant instant) => instant.ToDateTimeUtc();
}
