using System.Globalization;
using Jyotishika.Engine;
using NodaTime;
using NodaTime.Text;

namespace Jyotishika.Server.Platform.Requests;

/// <summary>
/// The one place that turns the engine's typed problems into request fields (JSON names) and the wording callers read.
/// A field prefix places the input inside a larger request (<c>profile.birth.</c>); a settings prefix places the settings
/// parts inside a settings object (<c>settings.</c> in ephemeris queries).
/// </summary>
public static class EngineViolations
{
    private const string NotCovered = "; the installed ephemeris covers no other dates";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static IEnumerable<InvalidField> ToFields(
        IEnumerable<InputProblem> problems, string fieldPrefix = "", string settingsPrefix = "")
    {
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(fieldPrefix);
        ArgumentNullException.ThrowIfNull(settingsPrefix);
        return problems.Select(problem => ToField(problem, fieldPrefix, settingsPrefix));
    }

    public static InvalidField ToField(InputProblem problem, string fieldPrefix = "", string settingsPrefix = "")
    {
        ArgumentNullException.ThrowIfNull(problem);
        return new InvalidField(fieldPrefix + FieldOf(problem, settingsPrefix), Describe(problem));
    }

    public static InvalidRequestException ToRequestException(InvalidInputException invalid)
    {
        ArgumentNullException.ThrowIfNull(invalid);
        return new InvalidRequestException(ToFields(invalid.Problems).ToList());
    }

    /// <summary>The request field that carries the problem's part.</summary>
    public static string FieldOf(InputProblem problem, string settingsPrefix = "")
    {
        ArgumentNullException.ThrowIfNull(problem);
        return problem.Part switch
        {
            InputPart.BirthDateTime or InputPart.Instant => "datetime",
            InputPart.TimeZone => "tz",
            InputPart.UtcOffset => "utcOffsetMinutes",
            InputPart.TimeStandard => "timeStandard",
            InputPart.Latitude => "latitude",
            InputPart.Longitude => "longitude",
            InputPart.Settings => "settings",
            InputPart.HouseSystem => settingsPrefix + "houseSystem",
            InputPart.Ayanamsha => settingsPrefix + "ayanamsha",
            InputPart.UserAyanamsha => settingsPrefix + "userAyanamsha",
            InputPart.UserAyanamshaReferenceJulianDay => settingsPrefix + "userAyanamsha.referenceJulianDay",
            InputPart.UserAyanamshaDegreesAtReference => settingsPrefix + "userAyanamsha.degreesAtReference",
            InputPart.NodeType => settingsPrefix + "nodeType",
            InputPart.PositionType => settingsPrefix + "positions",
            InputPart.CalculationPath => settingsPrefix + "calculationPath",
            InputPart.PanchangDate => "date",
            InputPart.PanchangZone => "timeZone",
            InputPart.RiseConvention => "riseConvention",
            InputPart.Start => "start",
            InputPart.End => "end",
            InputPart.Step => "stepSeconds",
            InputPart.Bodies => "bodies",
            InputPart.EventKinds => "kinds",
            InputPart.Graha => "graha",
            InputPart.JulianDays => problem.Index is { } index ? string.Create(Invariant, $"julianDays[{index}]") : "julianDays",
            InputPart.JulianDay => "julianDay",
            InputPart.Varga or InputPart.VargaScheme => "vargas",
            var other => other.ToString(),
        };
    }

    /// <summary>Why the field is refused, in the words the API has always used.</summary>
    public static string Describe(InputProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var limits = problem.Limits ?? default;
        return (problem.Part, problem.Kind) switch
        {
            (InputPart.BirthDateTime, ProblemKind.Missing) => "is required (ISO 8601, e.g. 1991-03-25T09:46:00)",
            (InputPart.BirthDateTime, ProblemKind.Malformed) =>
                "is not a valid ISO 8601 date and time (expected e.g. 1991-03-25T09:46:00, optionally with an offset)",
            (InputPart.BirthDateTime, ProblemKind.OutsideEphemeris) => $"must be {Between(problem.Dates)} (UTC)",
            (InputPart.BirthDateTime, ProblemKind.NeverOccurred) => NeverOccurred(problem.Gap!),
            (_, ProblemKind.NotUtc) => "the instant must be resolved to UTC",
            (InputPart.PanchangDate, ProblemKind.OutsideEphemeris) => $"must be {Between(problem.Dates)}{NotCovered}",
            (InputPart.JulianDays, ProblemKind.OutsideEphemeris) => string.Create(Invariant,
                $"must be a Julian day (UT) from {limits.Minimum} to {limits.Maximum} ({Between(problem.Dates)} (UTC))"),
            (InputPart.JulianDay, ProblemKind.OutsideEphemeris) => string.Create(Invariant,
                $"must be a Julian day from {limits.Minimum} to {limits.Maximum} ({Between(problem.Dates)} (UTC))"),
            (_, ProblemKind.OutsideEphemeris or ProblemKind.BeyondEphemeris) => $"must be {Between(problem.Dates)} (UTC){NotCovered}",
            (InputPart.TimeZone, ProblemKind.Missing) =>
                "tz (an IANA zone such as Asia/Kolkata) or utcOffsetMinutes is required when datetime has no offset",
            (InputPart.TimeZone, ProblemKind.Unsupported) => "is not a known IANA time-zone name (for example Asia/Kolkata)",
            (InputPart.UtcOffset, ProblemKind.OutOfRange) =>
                string.Create(Invariant, $"must be from {limits.Minimum} to {limits.Maximum} minutes"),
            (InputPart.Latitude, ProblemKind.OutOfRange) => string.Create(Invariant,
                $"must be a number greater than {limits.Minimum} and less than {limits.Maximum} degrees " +
                $"(the ascendant is undefined at the poles){Need(problem.NeededFor)}"),
            (InputPart.Longitude, ProblemKind.OutOfRange) =>
                string.Create(Invariant, $"must be a number from {limits.Minimum} to {limits.Maximum} degrees{Need(problem.NeededFor)}"),
            (InputPart.Settings or InputPart.PanchangZone, ProblemKind.Missing) => "is required",
            (InputPart.HouseSystem, ProblemKind.Unsupported) => "is not a supported house system",
            (InputPart.HouseSystem, ProblemKind.NoSolution) => string.Create(Invariant,
                $"{problem.HouseSystem} houses have no solution at latitude {problem.Found:0.####}; choose another house system " +
                $"(for example WHOLE_SIGN, EQUAL or PORPHYRY)"),
            (InputPart.Ayanamsha, ProblemKind.Unsupported) => "is not a supported ayanamsha",
            (InputPart.NodeType, ProblemKind.Unsupported) => "must be MEAN or TRUE",
            (InputPart.PositionType, ProblemKind.Unsupported) => "must be APPARENT or GEOMETRIC",
            (InputPart.UserAyanamsha, ProblemKind.Missing) => "is required when ayanamsha is USER_DEFINED",
            (InputPart.UserAyanamshaReferenceJulianDay, ProblemKind.OutOfRange) =>
                string.Create(Invariant, $"must be a Julian day (TT) from {limits.Minimum} to {limits.Maximum}"),
            (InputPart.UserAyanamshaDegreesAtReference, ProblemKind.OutOfRange) =>
                string.Create(Invariant, $"must be a number of degrees between {limits.Minimum} and {limits.Maximum}"),
            (InputPart.CalculationPath, ProblemKind.Unsupported) => "must be FAST or NATIVE",
            (InputPart.RiseConvention, ProblemKind.Unsupported) => "is not a supported rise convention",
            (InputPart.Step, ProblemKind.OutOfRange) => string.Create(Invariant, $"must be at least {limits.Minimum}"),
            (InputPart.Step, ProblemKind.TooMany) => string.Create(Invariant,
                $"gives {problem.Found:N0} instants from start to end; at most {limits.Maximum:N0} per call " +
                $"(raise stepSeconds or narrow start and end)"),
            (InputPart.End, ProblemKind.NotAfterStart) => "must be after start",
            (InputPart.End, ProblemKind.TooLong) => string.Create(Invariant, $"must be at most {limits.Maximum} years after start"),
            (InputPart.Bodies, ProblemKind.Unsupported) => "must list planets (SUN … PLUTO); empty means the nine grahas",
            (InputPart.EventKinds, ProblemKind.Unsupported) =>
                "must list event kinds (SIGN_INGRESS, NAKSHATRA_CHANGE, STATION_RETROGRADE, STATION_DIRECT, CONJUNCTION); empty means all",
            (InputPart.Graha, ProblemKind.Unsupported) => "is not a supported body",
            (InputPart.Varga, ProblemKind.Unsupported) => string.Create(Invariant, $"{problem.Found} is not a named varga"),
            (InputPart.Varga, ProblemKind.NoClassicalRule) =>
                string.Create(Invariant, $"D{problem.Found} has no classical rule; ask for parivritti"),
            (InputPart.Varga, ProblemKind.OutOfRange) =>
                string.Create(Invariant, $"division {problem.Found} is outside {limits.Minimum}..{limits.Maximum}"),
            (InputPart.VargaScheme, ProblemKind.Unsupported) => string.Create(Invariant, $"unknown varga scheme {problem.Found}"),
            (_, ProblemKind.Missing) => "is required",
            _ => "is not valid",
        };
    }

    private static string Between(DateLimits? dates)
    {
        var (first, last) = dates ?? SupportedRange.Dates;
        return string.Create(Invariant, $"between {first:yyyy'-'MM'-'dd} and {last:yyyy'-'MM'-'dd}");
    }

    private static string Need(InputPart? neededFor) => neededFor switch
    {
        null => string.Empty,
        InputPart.TimeZone => ", needed to infer the time zone; or give tz or utcOffsetMinutes",
        InputPart.TimeStandard => ", needed for local mean time",
        var other => $", needed for {other}",
    };

    private static string NeverOccurred(Engine.Time.SkippedLocalTime gap) => string.Create(Invariant,
        $"{Local(gap.Local)} never occurred in {gap.ZoneId}: at {InstantPattern.ExtendedIso.Format(gap.Transition)} clocks " +
        $"moved from {Local(gap.Before)} (UTC{gap.OffsetBefore}) to {Local(gap.After)} (UTC{gap.OffsetAfter}); " +
        $"send gap SHIFT_FORWARD to move it forward by the gap's length");

    private static string Local(LocalDateTime local) => local.ToString("uuuu'-'MM'-'dd'T'HH':'mm':'ss", Invariant);

}
