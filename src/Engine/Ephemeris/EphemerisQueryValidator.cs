namespace Jyotishika.Engine.Ephemeris;

/// <summary>
/// Checks positions and events queries before any native call, collecting every problem at once.
/// </summary>
public static class EphemerisQueryValidator
{
    /// <summary>The nine grahas, in their traditional order: the bodies of a query that names none.</summary>
    public static IReadOnlyList<Graha> NineGrahas { get; } =
    [
        Graha.Sun, Graha.Moon, Graha.Mars, Graha.Mercury, Graha.Jupiter, Graha.Venus, Graha.Saturn, Graha.Rahu, Graha.Ketu,
    ];

    /// <summary>
    /// Every problem of <paramref name="query"/> (the shared empty list when there are none); <paramref name="validated"/>
    /// holds the query when there are none.
    /// </summary>
    public static IReadOnlyList<InputProblem> Validate(PositionsQuery query, out Validated<PositionsQuery> validated)
    {
        ArgumentNullException.ThrowIfNull(query);
        List<InputProblem>? problems = null;
        CheckRange(query.Start, query.End, ref problems);
        if (query.StepSeconds < 1)
        {
            InputProblems.Add(ref problems, new(InputPart.Step, ProblemKind.OutOfRange) { Limits = new(1, long.MaxValue) });
        }
        else if (problems is null && InstantCount(query) > PositionsQuery.MaxInstants)
        {
            InputProblems.Add(ref problems, new(InputPart.Step, ProblemKind.TooMany)
            {
                Limits = new(1, PositionsQuery.MaxInstants), Found = InstantCount(query),
            });
        }

        CheckBodies(query.Bodies, ref problems);
        CheckSettings(query.Settings, query.Path, ref problems);
        validated = problems is null ? new Validated<PositionsQuery>(query) : default;
        return InputProblems.Of(problems);
    }

    /// <inheritdoc cref="Validate(PositionsQuery, out Validated{PositionsQuery})"/>
    public static IReadOnlyList<InputProblem> Validate(EventsQuery query, out Validated<EventsQuery> validated)
    {
        ArgumentNullException.ThrowIfNull(query);
        List<InputProblem>? problems = null;
        CheckRange(query.Start, query.End, ref problems);
        if (problems is null && query.End > query.Start.AddYears(EventsQuery.MaxYears))
        {
            InputProblems.Add(ref problems, new(InputPart.End, ProblemKind.TooLong) { Limits = new(0, EventsQuery.MaxYears) });
        }

        CheckBodies(query.Bodies, ref problems);
        if (query.Kinds is null || query.Kinds.Any(kind => !Enum.IsDefined(kind)))
        {
            InputProblems.Add(ref problems, new(InputPart.EventKinds, ProblemKind.Unsupported));
        }

        CheckSettings(query.Settings, query.Path, ref problems);
        if (query.Place is { } place)
        {
            InputProblems.AddRange(ref problems, GeoCoordinates.Validate(place.Latitude, place.Longitude));
        }

        validated = problems is null ? new Validated<EventsQuery>(query) : default;
        return InputProblems.Of(problems);
    }

    /// <summary>The query, validated; throws <see cref="InvalidInputException"/> with every problem otherwise.</summary>
    public static Validated<PositionsQuery> Validated(PositionsQuery query)
    {
        InputProblems.ThrowIfAny(Validate(query, out var validated));
        return validated;
    }

    /// <inheritdoc cref="Validated(PositionsQuery)"/>
    public static Validated<EventsQuery> Validated(EventsQuery query)
    {
        InputProblems.ThrowIfAny(Validate(query, out var validated));
        return validated;
    }

    /// <summary>How many instants a valid positions query yields: start, then every step up to end inclusive.</summary>
    public static long InstantCount(PositionsQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var rangeSeconds = (query.End - query.Start).Ticks / TimeSpan.TicksPerSecond;
        var wholeSteps = query.StepSeconds > rangeSeconds
            ? 0
            : (query.End - query.Start).Ticks / (query.StepSeconds * TimeSpan.TicksPerSecond);
        return wholeSteps + 1;
    }

    /// <summary>The bodies a query covers: its own, without repeats, or the nine grahas when it names none.</summary>
    internal static Graha[] Bodies(IReadOnlyList<Graha> bodies) => bodies.Count == 0 ? [.. NineGrahas] : bodies.Distinct().ToArray();

    private static void CheckRange(DateTime start, DateTime end, ref List<InputProblem>? problems)
    {
        var startValid = CheckInstant(start, InputPart.Start, ref problems);
        if (CheckInstant(end, InputPart.End, ref problems) && startValid && end <= start)
        {
            InputProblems.Add(ref problems, new(InputPart.End, ProblemKind.NotAfterStart));
        }
    }

    private static bool CheckInstant(DateTime instant, InputPart part, ref List<InputProblem>? problems)
    {
        if (instant.Kind != DateTimeKind.Utc)
        {
            InputProblems.Add(ref problems, new(part, ProblemKind.NotUtc));
            return false;
        }

        if (!SupportedRange.Contains(instant))
        {
            InputProblems.Add(ref problems, SupportedRange.Outside(part));
            return false;
        }

        return true;
    }

    private static void CheckBodies(IReadOnlyList<Graha>? bodies, ref List<InputProblem>? problems)
    {
        if (bodies is null || bodies.Any(body => !Enum.IsDefined(body)))
        {
            InputProblems.Add(ref problems, new(InputPart.Bodies, ProblemKind.Unsupported));
        }
    }

    private static void CheckSettings(ChartSettings? settings, CalculationPath path, ref List<InputProblem>? problems)
    {
        InputProblems.AddRange(ref problems, ChartInputValidator.ValidateSettings(settings));
        if (!Enum.IsDefined(path))
        {
            InputProblems.Add(ref problems, new(InputPart.CalculationPath, ProblemKind.Unsupported));
        }
    }
}
