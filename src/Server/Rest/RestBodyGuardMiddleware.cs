using System.Text.Json;
using Google.Protobuf;
using Jyotishika.Engine;
using Jyotishika.Server.Errors;
using Jyotishika.Server.Observability;
using Microsoft.AspNetCore.Grpc.JsonTranscoding;

namespace Jyotishika.Server.Rest;

/// <summary>
/// Runs in front of gRPC JSON transcoding for REST calls: refuses oversized bodies, malformed JSON, wrongly typed
/// fields and bad query parameters with a 400 google.rpc.Status naming the field, before the transcoder's generic
/// error can.
/// </summary>
public sealed class RestBodyGuardMiddleware(RequestDelegate next, int maxBodyBytes, JsonFormatter errorFormatter)
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 32 };

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var metadata = context.GetEndpoint()?.Metadata.GetMetadata<GrpcJsonTranscodingMetadata>();
        if (metadata is null)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        // Routes whose rule reads no body (GET, DELETE, POST /auth/logout) take their fields from the path and query.
        if (string.IsNullOrEmpty(metadata.HttpRule.Body))
        {
            await ContinueUnlessInvalidAsync(context, QueryShape.Check(context.Request.Query, metadata.MethodDescriptor.InputType))
                .ConfigureAwait(false);
            return;
        }

        // The body is read once into a pooled buffer, checked, and handed on from memory.
        var body = new PooledBody();
        var original = context.Request.Body;
        try
        {
            var violations = await CheckBodyAsync(context, metadata, body).ConfigureAwait(false);
            context.Request.Body = new MemoryStream(body.Buffer, 0, body.Length, writable: false);
            await ContinueUnlessInvalidAsync(context, violations).ConfigureAwait(false);
        }
        finally
        {
            context.Request.Body = original;
            body.Release();
        }
    }

    private async Task ContinueUnlessInvalidAsync(HttpContext context, IReadOnlyList<InputViolation> violations)
    {
        if (violations.Count > 0)
        {
            await WriteBadRequestAsync(context, violations).ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<InputViolation>> CheckBodyAsync(
        HttpContext context, GrpcJsonTranscodingMetadata metadata, PooledBody pooled)
    {
        var tooLarge = new InputViolation("body", $"must be at most {maxBodyBytes} bytes");
        if (context.Request.ContentLength > maxBodyBytes)
        {
            return [tooLarge];
        }

        if (!await pooled.ReadAsync(context.Request.Body, (int?)context.Request.ContentLength, maxBodyBytes, context.RequestAborted)
            .ConfigureAwait(false))
        {
            return [tooLarge];
        }

        var body = pooled.Buffer.AsMemory(0, pooled.Length);
        if (IsBlank(body.Span))
        {
            return [new InputViolation("body", "is empty; expected a JSON object with the request's fields")];
        }

        try
        {
            using var document = JsonDocument.Parse(body, DocumentOptions);
            var violations = JsonRequestShape.Check(document.RootElement, BodyType(metadata));

            // The body is JSON whatever it was labelled: curl -d sends a form type, browsers avoiding a CORS preflight
            // send text/plain. Say so to the transcoder, which reads only JSON content types.
            context.Request.ContentType = "application/json";
            return violations;
        }
        catch (JsonException exception)
        {
            var line = (exception.LineNumber ?? 0) + 1;
            var position = (exception.BytePositionInLine ?? 0) + 1;
            return [new InputViolation("body", $"is not valid JSON (line {line}, position {position})")];
        }
    }

    /// <summary>The message the JSON body holds: the whole request for body "*", else the request field the rule names.</summary>
    private static Google.Protobuf.Reflection.MessageDescriptor BodyType(GrpcJsonTranscodingMetadata metadata)
    {
        var input = metadata.MethodDescriptor.InputType;
        var body = metadata.HttpRule.Body;
        return body == "*" ? input : input.FindFieldByName(body)?.MessageType ?? input;
    }

    private static bool IsBlank(ReadOnlySpan<byte> body)
    {
        foreach (var b in body)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return false;
            }
        }

        return true;
    }

    private async Task WriteBadRequestAsync(HttpContext context, IReadOnlyList<InputViolation> violations)
    {
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "application/json; charset=utf-8";
        var status = RpcErrors.InvalidArgumentStatus(violations).WithRequestId(RequestCorrelation.IdOf(context));
        await context.Response.WriteAsync(errorFormatter.Format(status), context.RequestAborted).ConfigureAwait(false);
    }
}
