using Microsoft.OpenApi.Any;

namespace Jyotishika.Server.Platform.Operations;

/// <summary>
/// What an operation's answers look like on the wire, beyond the message schemas: server-streaming methods answer a
/// sequence of JSON objects, errors are google.rpc.Status. Enum query parameters keep the body's enum schema: the REST
/// guard reads both with one table (Rest/EnumNames).
/// </summary>
internal sealed class TranscodedOperationFilter(IEnumerable<ImageAnswer> imageAnswers) : IOperationFilter
{
    private readonly Dictionary<string, ImageAnswer> images = imageAnswers.ToDictionary(answer => answer.Method, StringComparer.Ordinal);

    /// <summary>Marks a response media type whose body is several JSON objects, one per line, not one JSON value.</summary>
    public const string StreamExtension = "x-json-stream";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        var transcoded = context.ApiDescription.ActionDescriptor.EndpointMetadata?.OfType<GrpcJsonTranscodingMetadata>().FirstOrDefault();
        if (transcoded is null)
        {
            return;
        }

        var method = transcoded.MethodDescriptor;
        var status = context.SchemaGenerator.GenerateSchema(typeof(Google.Rpc.Status), context.SchemaRepository);
        if (method.IsServerStreaming && operation.Responses.TryGetValue("200", out var success))
        {
            DescribeStream(success, method.OutputType, status);
        }

        if (images.TryGetValue(method.FullName, out var image) && operation.Responses.TryGetValue("200", out var picture))
        {
            picture.Description = "The image itself, of one of these types (Content-Type says which), with a strong ETag.";
            picture.Content = image.MediaTypes.ToDictionary(
                type => type, _ => new OpenApiMediaType { Schema = new OpenApiSchema { Type = "string", Format = "binary" } });
            picture.Headers["ETag"] = new OpenApiHeader { Schema = new OpenApiSchema { Type = "string" } };
        }

        if (operation.Responses.TryGetValue("default", out var error))
        {
            error.Description = "A google.rpc.Status. The HTTP status follows its code as gRPC transcoding maps it: 400 " +
                "INVALID_ARGUMENT (details carry a google.rpc.BadRequest naming each refused field), 401 UNAUTHENTICATED, 403 " +
                "PERMISSION_DENIED, 404 NOT_FOUND, 409 ABORTED (a stale etag) or ALREADY_EXISTS, 429 RESOURCE_EXHAUSTED (a " +
                "rate limit; Retry-After says when), 503 UNAVAILABLE (a dependency is down), 504 DEADLINE_EXCEEDED (the " +
                "request timeout), 500 INTERNAL.";
        }
    }

    /// <summary>
    /// Transcoding writes each streamed message as a JSON object followed by a newline, under one 200 status sent before
    /// the first; an error after that can no longer change the status and arrives as a last object, a google.rpc.Status.
    /// </summary>
    private static void DescribeStream(OpenApiResponse success, MessageDescriptor item, OpenApiSchema status)
    {
        success.Description = $"A stream of JSON objects, each a {item.Name} on its own line (newline-delimited JSON, sent " +
            "as each is computed, although the Content-Type is application/json): the body as a whole is not one JSON " +
            "value. An error after the first object ends the stream with one google.rpc.Status object; an error before " +
            "it is an ordinary error answer.";
        foreach (var media in success.Content.Values)
        {
            media.Schema = new OpenApiSchema { AnyOf = [media.Schema, status] };
            media.Extensions[StreamExtension] = new OpenApiString("newline-delimited");
        }
    }
}
