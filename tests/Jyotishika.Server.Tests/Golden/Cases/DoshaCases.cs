namespace Jyotishika.Server.Tests.Golden.Cases;

/// <summary>DoshaService: a birth with its Sade Sati timeline, typed placements, conventions changed, and each refusal.</summary>
internal static class DoshaCases
{
    private const string Path = "/v1/doshas";

    /// <summary>
    /// Aries rising; Rahu in Gemini (the 3rd), Jupiter with it (Guru-Chandala, and on the nodal axis) and the other six in
    /// Cancer … Scorpio (a full Vasuki Kaal Sarp, partial when the axis counts outside); Mars in Virgo, the 6th (no Manglik
    /// from the ascendant) but the 2nd from the Moon in Leo; Ketu in Sagittarius, the 9th (Pitra).
    /// </summary>
    private const string Placements = """
        {"ascendantSign":0,"grahas":[{"graha":"SUN","sign":3},{"graha":"MOON","sign":4},{"graha":"MARS","sign":5},
        {"graha":"MERCURY","sign":3},{"graha":"JUPITER","sign":2},{"graha":"VENUS","sign":7},{"graha":"SATURN","sign":7},
        {"graha":"RAHU","sign":2},{"graha":"KETU","sign":8}]}
        """;

    public static IEnumerable<GoldenCase> All()
    {
        var birthAt = $$"""{"birth":{{Birth.Pune}},"at":"2005-03-01T00:00:00Z"}""";
        foreach (var call in Call.Both("doshas-birth", Path, Call.ComputeDoshas, birthAt))
        {
            yield return call;
        }

        yield return Call.Post("doshas-placements-rest", Path, $$"""{"placements":{{Placements}}}""");
        yield return Call.Post("doshas-placements-settings-rest", Path, "{\"placements\":" + Placements + """
            ,"settings":{"manglikHouses":"WITHOUT_SECOND","kaalSarpOnAxis":"OUTSIDE","kaalSarpUseLongitudes":false,
             "guruChandalaIncludeKetu":true,"guruChandalaOrbDegrees":5,"pitraIncludeKetu":false,"pitraIncludeSaturn":true}}
            """);
        yield return Call.Grpc("doshas-birth-raman-grpc", Call.ComputeDoshas,
            $$$"""{"birth":{{{Birth.Sydney.With("\"ayanamsha\":\"RAMAN\"")}}},"settings":{"sadeSatiYears":30}}""");

        foreach (var call in Call.Both("doshas-no-chart", Path, Call.ComputeDoshas, "{}"))
        {
            yield return call;
        }

        yield return Call.Post("doshas-at-with-placements-rest", Path, $$"""{"placements":{{Placements}},"at":"2024-01-01T00:00:00Z"}""");
        yield return Call.Post("doshas-bad-at-rest", Path, $$"""{"birth":{{Birth.Pune}},"at":"2024-01-01"}""");
        yield return Call.Post("doshas-bad-birth-rest", Path, """{"birth":{"datetime":"1991-03-25T09:46:00","latitude":91}}""");
        yield return Call.Post("doshas-bad-placements-rest", Path, """
            {"placements":{"grahas":[{"graha":"SUN","sign":12},{"graha":"RAHU","sign":2},{"graha":"KETU","sign":3}]}}
            """);
        yield return Call.Grpc("doshas-bad-settings-grpc", Call.ComputeDoshas, "{\"placements\":" + Placements + """
            ,"settings":{"manglikHouses":7,"kaalSarpOnAxis":3,"guruChandalaOrbDegrees":-1,"sadeSatiYears":151}}
            """);
        yield return Call.Post(
            "doshas-unknown-setting-name-rest", Path, "{\"placements\":" + Placements + ",\"settings\":{\"manglikHouses\":\"ALL\"}}");
    }
}
