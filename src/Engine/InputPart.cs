namespace Jyotishika.Engine;

/// <summary>
/// Which input a problem is about, named after the engine's own inputs; the server knows which request field carries
/// each one. The settings parts (<see cref="HouseSystem"/> … <see cref="CalculationPath"/>) may sit under a settings
/// object in a request.
/// </summary>
public enum InputPart
{
    /// <summary>A birth time's text (<see cref="Time.BirthTime.DateTime"/>), before it is resolved to an instant.</summary>
    BirthDateTime,

    /// <summary>A chart's UTC instant.</summary>
    Instant,

    /// <summary>A birth time's IANA zone name.</summary>
    TimeZone,

    /// <summary>A birth time's offset from UTC in minutes.</summary>
    UtcOffset,

    /// <summary>A birth time's standard (local mean time needs the coordinates).</summary>
    TimeStandard,

    Latitude,
    Longitude,

    /// <summary>The chart settings as a whole.</summary>
    Settings,

    HouseSystem,
    Ayanamsha,
    UserAyanamsha,
    UserAyanamshaReferenceJulianDay,
    UserAyanamshaDegreesAtReference,
    NodeType,
    PositionType,
    CalculationPath,

    /// <summary>A panchang's local day.</summary>
    PanchangDate,

    /// <summary>A panchang's resolved time zone.</summary>
    PanchangZone,

    RiseConvention,

    /// <summary>The first instant of an ephemeris query.</summary>
    Start,

    /// <summary>The last instant of an ephemeris query.</summary>
    End,

    /// <summary>A positions query's step in seconds.</summary>
    Step,

    Bodies,
    EventKinds,

    /// <summary>The one body of a positions series.</summary>
    Graha,

    /// <summary>The Julian days (UT) of a positions series; the problem's index says which one.</summary>
    JulianDays,

    /// <summary>The Julian day (TT) of an ayanamsha value.</summary>
    JulianDay,

    /// <summary>A divisional chart's division number.</summary>
    Varga,

    /// <summary>A divisional chart's scheme.</summary>
    VargaScheme,
}
