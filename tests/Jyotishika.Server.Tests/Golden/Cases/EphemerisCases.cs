namespace Jyotishika.Server.Tests.Golden.Cases;

/// <summary>Both ephemeris streams over short ranges (the answers are read whole), every query spelling, and refusals.</summary>
internal static class EphemerisCases
{
    public static IEnumerable<GoldenCase> Positions()
    {
        string[] queries =
        [
            "start=2024-01-01T00:00:00Z&end=2024-01-02T00:00:00Z&stepSeconds=3600&bodies=MOON",
            "start=2024-01-01T00:00:00Z&end=2024-01-01T12:00:00Z&stepSeconds=43200",
            "start=2000-01-01T00:00:00Z&end=2000-01-03T00:00:00Z&stepSeconds=86400&bodies=PLANET_SUN&bodies=MOON&bodies=3",
            "start=1990-05-01T00:00:00%2B05:30&end=1990-05-01T06:00:00%2B05:30&stepSeconds=7200&bodies=RAHU&bodies=KETU"
                + "&settings.nodeType=TRUE",
            "start=2024-06-01T00:00:00Z&end=2024-06-01T00:00:00Z&stepSeconds=60&bodies=URANUS&bodies=NEPTUNE&bodies=PLUTO",
            "start=2024-06-01T00:00:00Z&end=2024-06-02T00:00:00Z&stepSeconds=100000&bodies=MARS",
            "start=2024-06-01T00:00:00Z&end=2024-06-03T00:00:00Z&stepSeconds=86400&bodies=JUPITER&settings.ayanamsha=RAMAN"
                + "&settings.positions=GEOMETRIC",
            "start=2024-06-01T00:00:00Z&end=2024-06-01T00:00:02Z&stepSeconds=1&bodies=MOON&settings.calculationPath=NATIVE",
            "start=1800-01-02T00:00:00Z&end=1800-01-03T00:00:00Z&stepSeconds=86400&bodies=SATURN",
            "start=2399-12-30T00:00:00Z&end=2399-12-31T00:00:00Z&stepSeconds=86400&bodies=VENUS",
            "start=2024-01-01T00:00:00Z&end=2024-01-01T01:00:00Z&step_seconds=3600&bodies=MERCURY",
            "start=2024-01-01T00:00:00Z&end=2024-01-01T01:00:00Z&stepSeconds=3600&bodies=MOON&settings.ayanamsha=USER_DEFINED"
                + "&settings.userAyanamsha.referenceJulianDay=2451545&settings.userAyanamsha.degreesAtReference=24",
        ];
        foreach (var (query, i) in queries.Select((query, i) => (query, i)))
        {
            yield return Call.Get($"positions-{i + 1}", "/v1/ephemeris/positions?" + query);
        }

        string[] refused =
        [
            "start=2024-01-01T00:00:00Z&end=2024-01-02T00:00:00Z&stepSeconds=0",
            "start=2024-01-01T00:00:00Z&end=2024-01-02T00:00:00Z",
            "start=2024-01-02T00:00:00Z&end=2024-01-01T00:00:00Z&stepSeconds=3600",
            "start=2024-01-01T00:00:00&end=2024-01-02T00:00:00Z&stepSeconds=3600",
            "start=1799-12-31T00:00:00Z&end=1800-01-03T00:00:00Z&stepSeconds=86400",
            "start=2024-01-01T00:00:00Z&end=2024-01-13T00:00:00Z&stepSeconds=1",
            "start=2024-01-01T00:00:00Z&end=2024-01-02T00:00:00Z&stepSeconds=3600&bodies=PHOBOS",
            "start=2024-01-01T00:00:00Z&end=2024-01-02T00:00:00Z&stepSeconds=3600&bodies=0",
            "start=2024-01-01T00:00:00Z&end=2024-01-02T00:00:00Z&stepSeconds=3600&planet=MOON",
            "start=2024-01-01T00:00:00Z&end=2024-01-02T00:00:00Z&stepSeconds=hourly",
            "start=2024-01-01T00:00:00Z&end=2024-01-02T00:00:00Z&stepSeconds=3600&settings.ayanamsha=USER_DEFINED",
            "start=2024-01-01T00:00:00Z&end=2024-01-02T00:00:00Z&stepSeconds=3600&settings.nodeType=WOBBLY",
        ];
        foreach (var (query, i) in refused.Select((query, i) => (query, i)))
        {
            yield return Call.Get($"positions-refused-{i + 1}", "/v1/ephemeris/positions?" + query);
        }

        yield return Call.Grpc("positions-grpc", Call.StreamPositions,
            """{"start":"2024-01-01T00:00:00Z","end":"2024-01-01T06:00:00Z","stepSeconds":"3600","bodies":["PLANET_MOON","PLANET_SUN"]}""");
        yield return Call.Grpc("positions-settings-grpc", Call.StreamPositions,
            """{"start":"1950-01-01T00:00:00Z","end":"1950-01-02T00:00:00Z","stepSeconds":"86400","""
            + "\"settings\":{\"ayanamsha\":\"AYANAMSHA_KRISHNAMURTI\",\"nodeType\":\"NODE_TYPE_TRUE\","
            + "\"calculationPath\":\"CALCULATION_PATH_NATIVE\"}}");
        yield return Call.Grpc("positions-refused-step-grpc", Call.StreamPositions,
            """{"start":"2024-01-01T00:00:00Z","end":"2024-01-02T00:00:00Z"}""");
        yield return Call.Grpc("positions-refused-reversed-grpc", Call.StreamPositions,
            """{"start":"2024-01-02T00:00:00Z","end":"2024-01-01T00:00:00Z","stepSeconds":"60"}""");
        yield return Call.Get("positions-caller-none", "/v1/ephemeris/positions?" + queries[0]) with { Caller = Golden.Callers.None };
    }

    public static IEnumerable<GoldenCase> Events()
    {
        string[] queries =
        [
            "start=2024-01-01T00:00:00Z&end=2024-01-04T00:00:00Z&bodies=MOON&kinds=NAKSHATRA_CHANGE",
            "start=2024-01-01T00:00:00Z&end=2025-01-01T00:00:00Z&bodies=PLANET_MERCURY&kinds=EVENT_KIND_STATION_RETROGRADE"
                + "&kinds=EVENT_KIND_STATION_DIRECT",
            "start=2024-01-01T00:00:00Z&end=2024-03-01T00:00:00Z&bodies=SUN&bodies=MOON&kinds=CONJUNCTION",
            "start=2024-01-01T00:00:00Z&end=2024-04-01T00:00:00Z&bodies=SUN&kinds=SIGN_INGRESS",
            "start=2024-01-01T00:00:00Z&end=2024-02-01T00:00:00Z&bodies=MARS&bodies=JUPITER&bodies=VENUS",
            "start=2024-01-01T00:00:00Z&end=2024-01-02T00:00:00Z",
            "start=2020-01-01T00:00:00Z&end=2021-01-01T00:00:00Z&bodies=RAHU&bodies=KETU&kinds=SIGN_INGRESS&settings.nodeType=TRUE",
            "start=2024-01-01T00:00:00Z&end=2024-01-03T00:00:00Z&bodies=MOON&settings.ayanamsha=FAGAN_BRADLEY&settings.positions=GEOMETRIC",
            "start=2024-01-01T00:00:00Z&end=2025-01-01T00:00:00Z&kinds=SOLAR_ECLIPSE&kinds=LUNAR_ECLIPSE",
            "start=2024-01-01T00:00:00Z&end=2025-01-01T00:00:00Z&kinds=SOLAR_ECLIPSE&kinds=EVENT_KIND_LUNAR_ECLIPSE&latitude=32.78"
                + "&longitude=-96.8",
            "start=2026-01-01T00:00:00Z&end=2027-01-01T00:00:00Z&bodies=MOON&kinds=LUNAR_ECLIPSE&kinds=SOLAR_ECLIPSE&latitude=13.08"
                + "&longitude=80.27&settings.ayanamsha=RAMAN",
        ];
        foreach (var (query, i) in queries.Select((query, i) => (query, i)))
        {
            yield return Call.Get($"events-{i + 1}", "/v1/ephemeris/events?" + query);
        }

        string[] refused =
        [
            "start=1900-01-01T00:00:00Z&end=2101-01-02T00:00:00Z&bodies=SATURN",
            "start=2024-01-02T00:00:00Z&end=2024-01-01T00:00:00Z",
            "start=2024-01-01T00:00:00Z&end=2024-01-02T00:00:00Z&kinds=ECLIPSE",
            "start=2024-01-01T00:00:00Z",
            "start=2024-01-01T00:00:00Z&end=2024-01-01T00:00:00Z",
            "start=tomorrow&end=2024-01-02T00:00:00Z",
            "start=2024-01-01T00:00:00Z&end=2025-01-01T00:00:00Z&kinds=SOLAR_ECLIPSE&latitude=13.08",
            "start=2024-01-01T00:00:00Z&end=2025-01-01T00:00:00Z&kinds=SOLAR_ECLIPSE&latitude=-91&longitude=80",
        ];
        foreach (var (query, i) in refused.Select((query, i) => (query, i)))
        {
            yield return Call.Get($"events-refused-{i + 1}", "/v1/ephemeris/events?" + query);
        }

        yield return Call.Grpc("events-grpc", Call.SearchEvents,
            """{"start":"2024-01-01T00:00:00Z","end":"2024-01-05T00:00:00Z","bodies":["PLANET_MOON"],"""
            + "\"kinds\":[\"EVENT_KIND_SIGN_INGRESS\"]}");
        yield return Call.Grpc("events-mercury-grpc", Call.SearchEvents,
            """{"start":"2024-03-01T00:00:00Z","end":"2024-06-01T00:00:00Z","bodies":["PLANET_MERCURY"],"""
            + "\"settings\":{\"ayanamsha\":\"AYANAMSHA_RAMAN\"}}");
        yield return Call.Grpc("events-refused-grpc", Call.SearchEvents,
            """{"start":"2024-01-02T00:00:00Z","end":"2024-01-01T00:00:00Z"}""");
        yield return Call.Get("events-caller-none", "/v1/ephemeris/events?" + queries[0]) with { Caller = Golden.Callers.None };
    }
}
