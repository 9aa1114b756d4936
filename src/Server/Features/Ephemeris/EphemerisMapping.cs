using System.Globalization;
using Jyotishika.Engine;
using Jyotishika.Engine.Ephemeris;
using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Features.Ephemeris;

/// <summary>
/// EphemerisService requests to engine queries (every bad field reported at once, named as in JSON; the query comes back
/// validated, which the engine does not check again) and engine results back to contract messages.
/// </summary>
public static class EphemerisMapping
{
    private const string InstantFormat = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'";
    private const string MillisecondFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    /// <summary>Ephemeris requests carry their settings in a <c>settings</c> object.</summary>
    private const string SettingsPrefix = "settings.";

    public static Validated<PositionsQuery> ToEngine(Contract.PositionsRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var violations = new RequestViolations();
        var start = ParseInstant(request.Start, "start", violations);
        var end = ParseInstant(request.End, "end", violations);
        var bodies = Bodies(request.Bodies, violations);
        var (settings, path) = Settings(request.Settings, violations);
        var (first, last) = Range(start, end);
        var query = new PositionsQuery(first, last, request.StepSeconds, bodies, settings) { Path = path };
        // The mapping's own findings come first; the engine adds fields the mapping could not judge.
        violations.AddEngine(EphemerisQueryValidator.Validate(query, out var validated), settingsPrefix: SettingsPrefix);
        violations.ThrowIfAny();
        return validated;
    }

    public static Validated<EventsQuery> ToEngine(Contract.EventsRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var violations = new RequestViolations();
        var start = ParseInstant(request.Start, "start", violations);
        var end = ParseInstant(request.End, "end", violations);
        var bodies = Bodies(request.Bodies, violations);
        var kinds = new List<EventKind>();
        foreach (var kind in request.Kinds)
        {
            if (kind == Contract.EventKind.Unspecified || !Enum.IsDefined((EventKind)(int)kind))
            {
                violations.Add("kinds", "must list event kinds (SIGN_INGRESS, NAKSHATRA_CHANGE, STATION_RETROGRADE, " +
                    "STATION_DIRECT, CONJUNCTION, SOLAR_ECLIPSE, LUNAR_ECLIPSE); empty means all");
                break;
            }

            kinds.Add((EventKind)(int)kind);
        }

        var (settings, path) = Settings(request.Settings, violations);
        var (first, last) = Range(start, end);
        var query = new EventsQuery(first, last, bodies, kinds, settings)
        {
            Path = path,
            Place = EclipseMapping.Place(request, violations),
        };
        // The mapping's own findings come first; the engine adds fields the mapping could not judge.
        violations.AddEngine(EphemerisQueryValidator.Validate(query, out var validated), settingsPrefix: SettingsPrefix);
        violations.ThrowIfAny();
        return validated;
    }

    public static Contract.PositionsAtInstant ToContract(PositionsAtInstant positions)
    {
        ArgumentNullException.ThrowIfNull(positions);
        var contract = new Contract.PositionsAtInstant
        {
            Instant = positions.Utc.ToString(InstantFormat, CultureInfo.InvariantCulture),
            JulianDayUt = positions.JulianDayUt,
        };
        for (var i = 0; i < positions.States.Count; i++)
        {
            var state = positions.States[i];
            contract.Positions.Add(new Contract.BodyPosition
            {
                Body = SettingsMapping.ToContract(positions.Bodies[i]),
                Longitude = state.Longitude,
                Latitude = state.Latitude,
                DistanceAu = state.DistanceAu,
                Speed = state.Speed,
                SignIndex = Zodiac.SignOf(state.Longitude) + 1,
                NakshatraNumber = Nakshatra.Of(state.Longitude).Number,
            });
        }

        return contract;
    }

    public static Contract.CelestialEvent ToContract(CelestialEvent found)
    {
        ArgumentNullException.ThrowIfNull(found);
        return new Contract.CelestialEvent
        {
            Instant = ToMilliseconds(found.Utc),
            JulianDayUt = found.JulianDayUt,
            Kind = (Contract.EventKind)(int)found.Kind,
            Body = SettingsMapping.ToContract(found.Body),
            OtherBody = found.OtherBody is { } other ? SettingsMapping.ToContract(other) : Contract.Planet.Unspecified,
            Longitude = found.Longitude,
            SignIndex = found.Sign + 1,
            Sign = Zodiac.SignNames[found.Sign],
            NakshatraNumber = found.NakshatraNumber,
            Nakshatra = Nakshatra.Names[found.NakshatraNumber - 1],
            Retrograde = found.Retrograde,
            RetrogradeUntil = ToMilliseconds(found.RetrogradeUntil),
            SolarEclipse = found.SolarEclipse is { } solar ? EclipseMapping.ToContract(solar) : null,
            LunarEclipse = found.LunarEclipse is { } lunar ? EclipseMapping.ToContract(lunar) : null,
        };
    }

    /// <summary>An RFC 3339 instant that carries its own offset (Z or ±hh:mm): a range has no place to take a zone from.</summary>
    private static DateTime? ParseInstant(string text, string field, RequestViolations violations)
    {
        text = text?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            violations.Add(field, "is required: an RFC 3339 instant such as 2026-01-01T00:00:00Z");
            return null;
        }

        if (Rfc3339.TryParseInstant(text, out var instant))
        {
            return instant;
        }

        violations.Add(field,
            "must be an RFC 3339 instant with Z or an offset, such as 2026-01-01T00:00:00Z or 2026-01-01T05:30:00+05:30");
        return null;
    }

    /// <summary>
    /// Stand-ins for instants that did not parse (already reported): one second from the other end, so that the engine's
    /// checks of the other fields run without inventing problems (too many instants, too long a range) of their own.
    /// </summary>
    private static (DateTime Start, DateTime End) Range(DateTime? start, DateTime? end) => (start, end) switch
    {
        ({ } s, { } e) => (s, e),
        ({ } s, null) => (s, Shifted(s, TimeSpan.FromSeconds(1))),
        (null, { } e) => (Shifted(e, TimeSpan.FromSeconds(-1)), e),
        _ => (SupportedRange.FirstInstant, SupportedRange.FirstInstant.AddSeconds(1)),
    };

    /// <summary>
    /// An instant moved by <paramref name="by"/>, held at the ends of DateTime (9999-12-31, 0001-01-01) instead of
    /// overflowing.
    /// </summary>
    private static DateTime Shifted(DateTime instant, TimeSpan by) =>
        by > TimeSpan.Zero && instant > DateTime.MaxValue - by ? DateTime.MaxValue
        : by < TimeSpan.Zero && instant < DateTime.MinValue - by ? DateTime.MinValue
        : instant + by;

    private static List<Graha> Bodies(IEnumerable<Contract.Planet> planets, RequestViolations violations)
    {
        var bodies = new List<Graha>();
        foreach (var planet in planets)
        {
            if (planet == Contract.Planet.Unspecified || !Enum.IsDefined((Graha)(int)planet))
            {
                violations.Add("bodies", "must list planets (SUN … PLUTO); empty means the nine grahas");
                break;
            }

            bodies.Add((Graha)(int)planet);
        }

        return bodies;
    }

    private static (ChartSettings Settings, CalculationPath Path) Settings(
        Contract.EphemerisSettings? settings, RequestViolations violations)
    {
        settings ??= new Contract.EphemerisSettings();
        var mapped = new ChartSettings
        {
            Ayanamsha = SettingsMapping.ToEngine(settings.Ayanamsha, "settings.ayanamsha", violations),
            UserAyanamsha = SettingsMapping.ToEngine(settings.UserAyanamsha),
            NodeType = SettingsMapping.ToEngine(settings.NodeType, "settings.nodeType", violations),
            PositionType = SettingsMapping.ToEngine(settings.Positions, "settings.positions", violations),
            TimeScale = SettingsMapping.ToEngine(settings.TimeScale, "settings.timeScale", violations),
        };
        return (mapped, SettingsMapping.ToEngine(settings.CalculationPath, "settings.calculationPath", violations));
    }

    /// <summary>An optional instant in the stream's form: RFC 3339 with milliseconds, empty when absent.</summary>
    internal static string ToMilliseconds(DateTime? utc) => utc is { } instant ? ToMilliseconds(instant) : string.Empty;

    private static string ToMilliseconds(DateTime utc)
    {
        const long millisecond = TimeSpan.TicksPerMillisecond;
        var rounded = new DateTime((utc.Ticks + millisecond / 2) / millisecond * millisecond, DateTimeKind.Utc);
        return rounded.ToString(MillisecondFormat, CultureInfo.InvariantCulture);
    }
}
