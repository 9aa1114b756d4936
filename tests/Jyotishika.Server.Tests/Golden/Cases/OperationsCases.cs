namespace Jyotishika.Server.Tests.Golden.Cases;

/// <summary>
/// Routes outside the contract whose answers do not depend on the moment: liveness, the license and the OpenAPI document
/// (both describe the contract the restructuring must keep), and paths nothing serves. Readiness and metrics report
/// timings and counters, and sign-in answers with random state, so they are not recorded.
/// </summary>
internal static class OperationsCases
{
    public static IEnumerable<GoldenCase> All()
    {
        yield return Call.Get("operations-healthz", "/healthz") with { Caller = Golden.Callers.None };
        yield return Call.Get("operations-license", "/license") with { Caller = Golden.Callers.None };
        yield return Call.Get("operations-openapi", "/openapi.json") with { Caller = Golden.Callers.None };
        yield return Call.Get("operations-unknown-path", "/v1/horoscope");
        yield return Call.Post("operations-unknown-path-post", "/v2/chart", Birth.Pune);

        // "/" is the browser app now (WebApp/ tests check it; its bytes change with every edit of the page). A path beside
        // it that names no file must still be the API's plain 404, not the page.
        yield return Call.Get("operations-unknown-page", "/no-such-page") with { Caller = Golden.Callers.None };
    }
}
