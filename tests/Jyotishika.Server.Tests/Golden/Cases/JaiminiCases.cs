namespace Jyotishika.Server.Tests.Golden.Cases;

/// <summary>JaiminiService: karakas and arudhas of a birth, of its navamsa and of placements, conventions changed, and refusals.</summary>
internal static class JaiminiCases
{
    /// <summary>Leo rising, Scorpio and Aquarius both tenanted, degrees on all but Venus (the karakas then need it).</summary>
    private const string Placements = """
        {"ascendantSign":4,"grahas":[{"graha":"SUN","sign":0,"degree":12.5},{"graha":"MOON","sign":3,"degree":27.1},
        {"graha":"MARS","sign":7,"degree":3.2},{"graha":"MERCURY","sign":11,"degree":8.8},{"graha":"JUPITER","sign":3,"degree":19.4},
        {"graha":"VENUS","sign":1},{"graha":"SATURN","sign":10,"degree":22.0},{"graha":"RAHU","sign":2,"degree":5.5},
        {"graha":"KETU","sign":8,"degree":5.5}]}
        """;

    public static IEnumerable<GoldenCase> All()
    {
        foreach (var call in Call.Both("jaimini-birth", "/v1/jaimini", Call.ComputeJaimini, "{\"birth\":" + Birth.Pune + "}"))
        {
            yield return call;
        }

        yield return Call.Post("jaimini-navamsa-seven-karakas-rest", "/v1/jaimini",
            "{\"birth\":" + Birth.Sydney + ",\"varga\":9,\"settings\":{\"karakaScheme\":\"SEVEN_GRAHAS\",\"coLords\":\"PRIMARY\",\"arudhaRule\":\"PLAIN_COUNT\"}}");
        yield return Call.Post("jaimini-placements-missing-degree-rest", "/v1/jaimini", "{\"placements\":" + Placements + "}");
        yield return Call.Post("jaimini-placements-varga-rest", "/v1/jaimini", "{\"placements\":" + Placements + ",\"varga\":9}");
        yield return Call.Post("jaimini-bad-settings-rest", "/v1/jaimini",
            "{\"birth\":" + Birth.Pune + ",\"varga\":301,\"settings\":{\"karakaScheme\":3}}");
        yield return Call.Grpc("jaimini-no-chart-grpc", Call.ComputeJaimini, "{}");
    }
}
