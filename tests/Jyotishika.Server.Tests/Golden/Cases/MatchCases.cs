namespace Jyotishika.Server.Tests.Golden.Cases;

/// <summary>MatchService: births, placements and bare stars, both methods, changed conventions, rankings, and refusals.</summary>
internal static class MatchCases
{
    private const string Path = "/v1/match";

    /// <summary>Leo rising, the Moon at Cancer 10° (Pushya 3), Mars in the 7th from the Moon.</summary>
    private const string Placements = """
        {"ascendantSign":4,"grahas":[{"graha":"SUN","sign":0},{"graha":"MOON","sign":3,"degree":10},{"graha":"MARS","sign":9},
        {"graha":"MERCURY","sign":11},{"graha":"JUPITER","sign":3},{"graha":"VENUS","sign":1},{"graha":"SATURN","sign":6},
        {"graha":"RAHU","sign":2},{"graha":"KETU","sign":8}]}
        """;

    private static string Star(int nakshatra, int pada) => "{\"moonStar\":{\"nakshatra\":" + nakshatra + ",\"pada\":" + pada + "}}";

    /// <summary>A match request body from its two partners and any further members.</summary>
    private static string Pair(string bride, string groom, string rest = "") =>
        "{\"bride\":" + bride + ",\"groom\":" + groom + (rest.Length > 0 ? "," + rest : "") + "}";

    private static string Born(string birth) => "{\"birth\":" + birth + "}";

    public static IEnumerable<GoldenCase> Pairs()
    {
        foreach (var call in Call.Both("match-births", Path, Call.ComputeMatch, Pair(Born(Birth.Sydney), Born(Birth.Pune))))
        {
            yield return call;
        }

        // Krittika 2 and Rohini 1: a nadi dosha with two exceptions, then with one of them switched off.
        yield return Call.Post("match-nadi-dosha-rest", Path, Pair(Star(3, 2), Star(4, 1)));
        yield return Call.Post("match-nadi-dosha-strict-rest", Path, Pair(Star(3, 2), Star(4, 1),
            "\"settings\":{\"sameSignLord\":false,\"varnaSigns\":\"EARTH_VAISHYA\",\"vashyaScoring\":\"COMMON\"}"));
        yield return Call.Post("match-placements-rest", Path, Pair("{\"placements\":" + Placements + "}", Star(17, 1)));
        foreach (var call in Call.Both("match-south", Path, Call.ComputeMatch, Pair(Star(10, 3), Star(21, 2), """
                     "method":"SOUTH_PORUTHAM","settings":{"streeDeerghaMinimumCount":14,"rajjuSparedAcrossDirections":false,
                      "vasyaEitherWay":true}
                     """)))
        {
            yield return call;
        }
    }

    public static IEnumerable<GoldenCase> Rankings()
    {
        var ranking = "{\"person\":" + Star(1, 1) + ",\"role\":\"GROOM\",\"candidates\":[" +
            "{\"id\":\"ardra\",\"person\":" + Star(6, 1) + "},{\"id\":\"bharani\",\"person\":" + Star(2, 1) + "}," +
            "{\"id\":\"pune\",\"person\":" + Born(Birth.Pune) + "}]}";
        foreach (var call in Call.Both("match-rank", "/v1/match:rank", Call.RankMatches, ranking))
        {
            yield return call;
        }

        foreach (var call in Call.Both("match-rank-stream", "/v1/match:rankStream", Call.StreamRankMatches, ranking))
        {
            yield return call;
        }
    }

    public static IEnumerable<GoldenCase> Refusals()
    {
        foreach (var call in Call.Both("match-nobody", Path, Call.ComputeMatch, "{}"))
        {
            yield return call;
        }

        yield return Call.Post("match-bad-stars-rest", Path, Pair(Star(0, 5), Star(27, 4), "\"method\":7"));
        yield return Call.Post("match-partner-twice-rest", Path,
            Pair("{\"birth\":" + Birth.Pune + ",\"moonStar\":{\"nakshatra\":1,\"pada\":1}}", Star(1, 1)));
        yield return Call.Post("match-bad-birth-rest", Path,
            Pair(Born("""{"datetime":"1991-03-25T09:46:00","latitude":91}"""), Star(1, 1)));
        yield return Call.Post("match-placements-without-moon-degree-rest", Path,
            Pair("{\"placements\":" + Placements.Replace(",\"degree\":10", "", StringComparison.Ordinal) + "}", Star(1, 1)));
        yield return Call.Post("match-bad-settings-rest", Path,
            Pair(Star(1, 1), Star(2, 1), "\"settings\":{\"streeDeerghaMinimumCount\":28,\"vashyaScoring\":\"EQUAL\"}"));
        yield return Call.Grpc("match-rank-no-role-grpc", Call.RankMatches,
            "{\"person\":" + Star(1, 1) + ",\"candidates\":[{\"id\":\"x\",\"person\":" + Star(2, 9) + "}]}");
        yield return Call.Post("match-rank-no-candidates-rest", "/v1/match:rank", "{\"person\":" + Star(1, 1) + ",\"role\":\"BRIDE\"}");
    }
}
