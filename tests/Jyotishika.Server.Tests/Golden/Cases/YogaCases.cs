namespace Jyotishika.Server.Tests.Golden.Cases;

/// <summary>YogaService: a birth and typed placements, conventions changed, and each refusal (chart, placements, settings).</summary>
internal static class YogaCases
{
    private const string Path = "/v1/yogas";

    /// <summary>
    /// Leo rising; the Moon and Jupiter together in Cancer (Gajakesari: Jupiter in the Moon's own kendra), Venus in its own
    /// Taurus in the 10th (Malavya), Mars exalted in Capricorn but in the 6th (a near miss of Ruchaka).
    /// </summary>
    private const string Placements = """
        {"ascendantSign":4,"grahas":[{"graha":"SUN","sign":0},{"graha":"MOON","sign":3},{"graha":"MARS","sign":9},
        {"graha":"MERCURY","sign":11},{"graha":"JUPITER","sign":3},{"graha":"VENUS","sign":1},{"graha":"SATURN","sign":6},
        {"graha":"RAHU","sign":2},{"graha":"KETU","sign":8}]}
        """;

    public static IEnumerable<GoldenCase> All()
    {
        foreach (var call in Call.Both("yogas-birth", Path, Call.ComputeYogas, $$"""{"birth":{{Birth.Pune}}}"""))
        {
            yield return call;
        }

        yield return Call.Post("yogas-placements-rest", Path, $$"""{"placements":{{Placements}}}""");
        yield return Call.Post("yogas-placements-settings-rest", Path, "{\"placements\":" + Placements + """
            ,"settings":{"mahapurushaKendrasFrom":"ASCENDANT_OR_MOON","gajakesariKendrasFrom":"ASCENDANT",
             "lunarYogasCountSun":true,"lunarYogasCountNodes":true,"kemadrumaCancellations":["GRAHA_WITH_MOON"],
             "adhiReading":"ANY_BENEFIC","amalaOnlyBenefics":false,"nabhasaMoonIsBenefic":false,"nabhasaEveryHouseOccupied":false}}
            """);
        yield return Call.Grpc("yogas-birth-raman-grpc", Call.ComputeYogas, $$"""{"birth":{{Birth.Sydney.With("\"ayanamsha\":\"RAMAN\"")}}}""");

        foreach (var call in Call.Both("yogas-no-chart", Path, Call.ComputeYogas, "{}"))
        {
            yield return call;
        }

        yield return Call.Post("yogas-birth-and-placements-rest", Path, $$"""{"birth":{{Birth.Pune}},"placements":{{Placements}}}""");
        yield return Call.Post("yogas-bad-birth-rest", Path, """{"birth":{"datetime":"1991-03-25T09:46:00","latitude":91}}""");
        yield return Call.Post("yogas-bad-placements-rest", Path, """
            {"placements":{"grahas":[{"graha":"SUN","sign":12},{"graha":"SUN","sign":1},{"graha":"RAHU","sign":2},
             {"graha":"KETU","sign":3,"degree":31}]}}
            """);
        yield return Call.Grpc("yogas-bad-settings-grpc", Call.ComputeYogas, "{\"placements\":" + Placements + """
            ,"settings":{"mahapurushaKendrasFrom":9,"adhiReading":7,"kemadrumaCancellations":[0]}}
            """);
        yield return Call.Post("yogas-unknown-setting-name-rest", Path, "{\"placements\":" + Placements + ",\"settings\":{\"amalaFrom\":\"SUN\"}}");
    }
}
