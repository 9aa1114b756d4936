namespace Jyotishika.Engine.Ephemeris;

/// <summary>
/// Checks positions and events queries before any native call, collecting every problem at once. Violations name the
/// request fields in their JSON form (start, end, stepSeconds, bodies, kinds, settings.ayanamsha …).
/// </summary>
public static class EphemerisQueryValidator
{
    /// <summary>The nine grahas, in their traditional order: the bodies of a query that names none.</summary>
    public static IReadOnlyList<Graha> NineGrahas { get; } =
    [
        Graha.Sun, Graha.Moon, Graha.Mars, Graha.Mercury, Graha.Jupiter, Graha.Venus, Graha.Saturn, Graha.Rahu, Graha.Ketu,
    ];

    public static IReadOnlyList<InputViolation> Validate(PositionsQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var violations = new List<InputViolation>();
        CheckRange(query.Start, query.End, violations);
        if (query.StepSeconds < 1)
        {
            violations.Add(new("stepSeconds", "must be at least 1"));
        }
        else if (violations.Count == 0 && InstantCount(query) > PositionsQuery.MaxInstants)
        {
            violations.Add(new("stepSeconds",
                $"gives {InstantCount(query):N0} instants from start to end; at most {PositionsQuery.MaxInstants:N0} per call " +
                "(raise stepSeconds or narrow start and end)"));
        }

        CheckBodies(query.Bodies, violations);
        CheckSettings(query.Settings, query.Path, violations);
        return violations;
    }

    public static IReadOnlyList<InputViolation> Validate(EventsQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var violations = new List<InputViolation>();
        CheckRange(query.Start, query.End, violations);
        if (violations.Count == 0 && query.End > query.Start.AddYears(EventsQuery.MaxYears))
        {
            violations.Add(new("end", $"must be at most {EventsQuery.MaxYears} years after start"));
        }

        CheckBodies(query.Bodies, violations);
        if (query.Kinds is null || query.Kinds.Any(kind => !Enum.IsDefined(kind)))
        {
            violations.Add(new("kinds", "must list event kinds (SIGN_INGRESS, NAKSHATRA_CHANGE, STATION_RETROGRADE, STATION_DIRECT, " +
                "CONJUNCTION); empty means all"));
        }

        CheckSettings(query.Settings, query.Path, violations);
        return violations;
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

    private static void CheckRange(DateTime start, DateTime end, List<InputViolation> violations)
    {
        var startValid = CheckInstant(start, "start", violations);
        if (CheckInstant(end, "end", violations) && startValid && end <= start)
        {
            violations.Add(new("end", "must be after start"));
        }
    }

    private static bool CheckInstant(DateTime instant, string field, List<InputViolation> violations)
    {
        if (instant.Kind != DateTimeKind.Utc)
        {
            violations.Add(new(field, "the instant must be resolved to UTC"));
            return false;
        }

        if (!SupportedRange.Contains(instant))
        {
            violations.Add(new(field, $"must be {SupportedRange.Description}; the installed ephemeris covers no other dates"));
            return false;
        }

        return true;
    }

    private static void CheckBodies(IReadOnlyList<Graha>? bodies, List<InputViolation> violations)
    {
        if (bodies is null || bodies.Any(body => !Enum.IsDefined(body)))
        {
            violations.Add(new("bodies", "must list planets (SUN … PLUTO); empty means the nine grahas"));
        }
    }

    private static void CheckSettings(ChartSettings? settings, CalculationPath path, List<InputViolation> violations)
    {
        violations.AddRange(ChartInputValidator.ValidateSettings(settings).Select(v =>
            v.Field == "settings" ? v : v with { Field = "settings." + v.Field }));
        if (!Enum.IsDefined(path))
        {
            violations.Add(new("settings.calculationPath", "must be FAST or NATIVE"));
        }
    }
}
