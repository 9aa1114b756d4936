namespace Jyotishika.Server.Tests.Golden.Cases;

/// <summary>StrengthService: aspects and ashtakavarga of a birth and of placements, conventions changed, and refusals.</summary>
internal static class StrengthCases
{
    /// <summary>Leo rising; the Moon and Jupiter in Cancer, Mars in Capricorn, the nodes on the Gemini–Sagittarius axis.</summary>
    private const string Placements = """
        {"ascendantSign":4,"grahas":[{"graha":"SUN","sign":0},{"graha":"MOON","sign":3},{"graha":"MARS","sign":9},
        {"graha":"MERCURY","sign":11},{"graha":"JUPITER","sign":3},{"graha":"VENUS","sign":1},{"graha":"SATURN","sign":6},
        {"graha":"RAHU","sign":2},{"graha":"KETU","sign":8}]}
        """;

    private static string Born(string birth) => "{\"birth\":" + birth + "}";

    private static string Typed(string rest = "") => "{\"placements\":" + Placements + (rest.Length > 0 ? "," + rest : "") + "}";

    public static IEnumerable<GoldenCase> All()
    {
        foreach (var call in Call.Both("aspects-birth", "/v1/aspects", Call.ComputeAspects, Born(Birth.Pune)))
        {
            yield return call;
        }

        yield return Call.Post("aspects-placements-nodes-like-jupiter-rest", "/v1/aspects",
            Typed("\"settings\":{\"nodeAspects\":\"LIKE_JUPITER\"}"));
        yield return Call.Post("aspects-bad-setting-rest", "/v1/aspects", Typed("\"settings\":{\"nodeAspects\":9}"));
        foreach (var call in Call.Both("ashtakavarga-birth", "/v1/ashtakavarga", Call.ComputeAshtakavarga, Born(Birth.Sydney)))
        {
            yield return call;
        }

        yield return Call.Post("ashtakavarga-placements-with-ascendant-rest", "/v1/ashtakavarga",
            Typed("\"settings\":{\"sarvaIncludesAscendant\":true}"));
        yield return Call.Post("ashtakavarga-no-chart-rest", "/v1/ashtakavarga", "{}");
        yield return Call.Grpc("ashtakavarga-bad-placements-grpc", Call.ComputeAshtakavarga,
            """{"placements":{"ascendantSign":12,"grahas":[{"graha":"SUN","sign":0}]}}""");
        foreach (var call in Call.Both("shadbala-birth", "/v1/shadbala", Call.ComputeShadbala, Born(Birth.Pune)))
        {
            yield return call;
        }

        yield return Call.Post("shadbala-settings-raman-rest", "/v1/shadbala", "{\"birth\":" + Birth.Sydney.With("\"ayanamsha\":\"RAMAN\"") +
            ",\"settings\":{\"luminaryCheshta\":\"AYANA_AND_PAKSHA\",\"saptavargajaPoints\":\"BPHS\",\"ayanaObliquity\":\"TRUE_OF_DATE\"," +
            "\"moolatrikonaSpan\":\"WHOLE_SIGN\",\"kendradiHouses\":\"CHART_HOUSES\"}}");
        yield return Call.Post("shadbala-no-birth-rest", "/v1/shadbala", "{\"settings\":{\"ayanaObliquity\":5}}");
        yield return Call.Post("shadbala-bad-birth-rest", "/v1/shadbala", """{"birth":{"datetime":"1991-03-25T09:46:00","latitude":91}}""");
    }
}
