namespace Jyotishika.Server.Tests.Golden.Cases;

/// <summary>
/// RenderChart: the pictures themselves (SVG, kept as text, so a change to any drawn byte shows in review) for fixed
/// births in each style, a high varga, Devanagari on dark and the outer planets; then every refusal, by body and by query.
/// PNG bytes are checked by decoding them (ChartRenderingEndpointTests), not kept here.
/// </summary>
internal static class ChartPictureCases
{
    private const string Path = "/v1/chart:render";
    private const string PuneQuery = "birth.datetime=1991-03-25T09:46:00&birth.tz=Asia/Kolkata&birth.latitude=18.5204&birth.longitude=73.8567";

    public static IEnumerable<GoldenCase> Pictures()
    {
        yield return Call.Get("render-north-d1-defaults-get", $"{Path}?{PuneQuery}");
        yield return Call.Get("render-south-d9-get", $"{Path}?{PuneQuery}&style=SOUTH&varga=9");
        yield return Call.Post("render-east-d10-post", Path, $$"""{"birth":{{Birth.Sydney}},"style":"EAST","varga":10}""");
        yield return Call.Post("render-north-d60-no-degrees-post", Path,
            $$"""{"birth":{{Birth.London}},"varga":60,"degrees":false,"size":320}""");
        yield return Call.Post("render-south-devanagari-dark-outer-post", Path,
            $$"""{"birth":{{Birth.NewYork.With("\"includeOuterPlanets\":true,\"ayanamsha\":\"RAMAN\"")}},"style":"SOUTH","language":"DEVANAGARI","theme":"DARK"}""");
        yield return Call.Grpc("render-east-d150-grpc", Call.RenderChart, $$"""{"birth":{{Birth.Santiago}},"style":"EAST","varga":150}""");
    }

    public static IEnumerable<GoldenCase> Refusals()
    {
        foreach (var call in Call.Both("render-no-birth", Path, Call.RenderChart, """{"style":"SOUTH"}"""))
        {
            yield return call;
        }

        foreach (var call in Call.Both("render-bad-birth-and-choices", Path, Call.RenderChart,
            """{"birth":{"datetime":"1991-02-30T09:46:00","latitude":95},"varga":301,"size":100}"""))
        {
            yield return call;
        }

        yield return Call.Grpc("render-unknown-enum-numbers-grpc", Call.RenderChart,
            $$"""{"birth":{{Birth.Pune}},"style":7,"format":9,"language":5,"theme":4}""");
        yield return Call.Post("render-unknown-style-rest", Path, $$"""{"birth":{{Birth.Pune}},"style":"WEST"}""");
        yield return Call.Post("render-varga-zero-rest", Path, $$"""{"birth":{{Birth.Pune}},"varga":0}""");
        yield return Call.Post("render-size-too-large-rest", Path, $$"""{"birth":{{Birth.Pune}},"format":"PNG","size":4096}""");
        yield return Call.Get("render-unknown-format-get", $"{Path}?{PuneQuery}&format=GIF");
        yield return Call.Get("render-varga-not-a-number-get", $"{Path}?{PuneQuery}&varga=nine");
        yield return Call.Get("render-bad-birth-get", $"{Path}?birth.datetime=yesterday&birth.latitude=18.5&varga=400");
        yield return Call.Get("render-unknown-parameter-get", $"{Path}?{PuneQuery}&colour=red");
        yield return Call.Get("render-no-birth-get", $"{Path}?style=NORTH");
    }
}
