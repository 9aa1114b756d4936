namespace Jyotishika.Server.Tests.Golden.Cases;

/// <summary>VarshaphalService: an annual chart with a month and sixty-hour chart, the tithi pravesha, and refusals.</summary>
internal static class VarshaphalCases
{
    public static IEnumerable<GoldenCase> All()
    {
        foreach (var call in Call.Both("varshaphal-year", "/v1/varshaphal", Call.ComputeVarshaphal, "{\"birth\":" + Birth.Pune + ",\"year\":34}"))
        {
            yield return call;
        }

        yield return Call.Post("varshaphal-month-sixty-hours-tithi-rest", "/v1/varshaphal",
            "{\"birth\":" + Birth.Sydney + ",\"completedYears\":20,\"month\":3,\"sixtyHourPart\":5," +
            "\"settings\":{\"pravesha\":\"TITHI_PRAVESHA\",\"kshetraScale\":\"NEUTRAL_NOTHING\"}}");
        yield return Call.Post("varshaphal-bad-rest", "/v1/varshaphal",
            "{\"birth\":" + Birth.Pune + ",\"year\":0,\"completedYears\":3,\"sixtyHourPart\":2,\"month\":13}");
        yield return Call.Grpc("varshaphal-no-birth-grpc", Call.ComputeVarshaphal, "{}");
    }
}
