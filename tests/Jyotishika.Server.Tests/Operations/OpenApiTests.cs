using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Google.Api;
using Microsoft.AspNetCore.Grpc.JsonTranscoding;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Jyotishika.Server.Tests.Operations;

/// <summary>GET /openapi.json describes exactly the REST routes the transcoding serves, as OpenAPI 3.</summary>
public sealed partial class OpenApiTests
{
    [Test]
    public async Task The_document_is_OpenAPI_3_and_lists_every_REST_route_with_its_method()
    {
        var served = ServedRoutes();

        using var document = await FetchAsync();
        var described = Operations(document.RootElement).Select(operation => (operation.Method, operation.Path)).ToHashSet();

        Assert.That(document.RootElement.GetProperty("openapi").GetString(), Does.StartWith("3."));
        Assert.That(served, Has.Count.GreaterThan(20), "the transcoded routes were found in the app's endpoints");
        Assert.That(served.Except(described), Is.Empty, "served but not described");
        Assert.That(described.Except(served), Is.Empty, "described but not served");
    }

    [Test]
    public async Task Operations_carry_the_proto_comments()
    {
        using var document = await FetchAsync();

        var chart = Operations(document.RootElement).Single(operation => operation is { Method: "POST", Path: "/v1/chart" });

        Assert.That(chart.Summary, Is.Not.Empty, "the ComputeChart comment in chart.proto");
    }

    private static async Task<JsonDocument> FetchAsync()
    {
        using var response = await ServerFixture.Rest.GetAsync(new Uri("/openapi.json", UriKind.Relative));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Every (method, path) the server transcodes, read from its endpoints' http rules (additional bindings included).</summary>
    private static HashSet<(string Method, string Path)> ServedRoutes() =>
        ServerFixture.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Select(endpoint => endpoint.Metadata.GetMetadata<GrpcJsonTranscodingMetadata>())
            .OfType<GrpcJsonTranscodingMetadata>()
            .Select(transcoded => Route(transcoded.HttpRule))
            .ToHashSet();

    private static (string Method, string Path) Route(HttpRule rule) => rule.PatternCase switch
    {
        HttpRule.PatternOneofCase.Get => ("GET", Normalize(rule.Get)),
        HttpRule.PatternOneofCase.Post => ("POST", Normalize(rule.Post)),
        HttpRule.PatternOneofCase.Put => ("PUT", Normalize(rule.Put)),
        HttpRule.PatternOneofCase.Delete => ("DELETE", Normalize(rule.Delete)),
        HttpRule.PatternOneofCase.Patch => ("PATCH", Normalize(rule.Patch)),
        HttpRule.PatternOneofCase.Custom => (rule.Custom.Kind.ToUpperInvariant(), Normalize(rule.Custom.Path)),
        _ => throw new InvalidOperationException($"http rule without a pattern: {rule}"),
    };

    private static IEnumerable<(string Method, string Path, string Summary)> Operations(JsonElement document) =>
        from path in document.GetProperty("paths").EnumerateObject()
        from operation in path.Value.EnumerateObject()
        select (
            operation.Name.ToUpperInvariant(),
            Normalize(path.Name),
            operation.Value.TryGetProperty("summary", out var summary) ? summary.GetString() ?? string.Empty : string.Empty);

    /// <summary>Path variables compared by place, not name: the proto says {profile_id}, the document its JSON name.</summary>
    private static string Normalize(string path) => PathVariable().Replace(path, "{}");

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex PathVariable();
}
