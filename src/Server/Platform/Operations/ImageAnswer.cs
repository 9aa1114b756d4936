namespace Jyotishika.Server.Platform.Operations;

/// <summary>
/// A method that answers a google.api.HttpBody, and the media types its body may have: the OpenAPI document shows that
/// body as itself (binary, of those types) rather than as the HttpBody message, which only gRPC callers see.
/// </summary>
/// <param name="Method">The method's full name, as in its descriptor (jyotishika.v1.ChartService.RenderChart).</param>
/// <param name="MediaTypes">What the body's Content-Type may be.</param>
public sealed record ImageAnswer(string Method, IReadOnlyList<string> MediaTypes);
