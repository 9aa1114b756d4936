using System.Text.Unicode;

namespace Jyotishika.Server.Platform.Rest;

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

        // Fields the body does not hold come from the path and the query string (all of them for GET, DELETE and
        // POST /auth/logout; the rest of the request beside a body that is one field, as PATCH /v1/profiles/{id} has;
        // none beside a body that is the whole request).
        var rule = metadata.HttpRule;
        if (context.Request.QueryString.HasValue)
        {
            var query = QueryShape.Check(
                context.Request.Query, metadata.MethodDescriptor.InputType, path => IsQueryBound(context, rule, path));
            if (query.Violations.Count > 0)
            {
                await WriteBadRequestAsync(context, query.Violations).ConfigureAwait(false);
                return;
            }

            if (query.Respelled is { } respelled)
            {
                context.Request.Query = respelled;
            }
        }

        if (string.IsNullOrEmpty(rule.Body))
        {
            await next(context).ConfigureAwait(false);
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

    private async Task ContinueUnlessInvalidAsync(HttpContext context, IReadOnlyList<InvalidField> violations)
    {
        if (violations.Count > 0)
        {
            await WriteBadRequestAsync(context, violations).ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<InvalidField>> CheckBodyAsync(
        HttpContext context, GrpcJsonTranscodingMetadata metadata, PooledBody pooled)
    {
        var tooLarge = new InvalidField("body", $"must be at most {maxBodyBytes} bytes");
        if (context.Request.ContentLength > maxBodyBytes)
        {
            return [tooLarge];
        }

        try
        {
            if (!await pooled.ReadAsync(context.Request.Body, (int?)context.Request.ContentLength, maxBodyBytes, context.RequestAborted)
                .ConfigureAwait(false))
            {
                return [tooLarge];
            }
        }
        catch (IOException malformed) when (malformed is not BadHttpRequestException && !context.RequestAborted.IsCancellationRequested)
        {
            // Kestrel reports some framing faults (a chunk size past 2^31) as a bare IOException; the client sent them all
            // the same. ClientFaultMiddleware answers both kinds.
            throw new BadHttpRequestException("Malformed request body", StatusCodes.Status400BadRequest, malformed);
        }

        var body = pooled.Buffer.AsMemory(0, pooled.Length);
        if (IsBlank(body.Span))
        {
            return [new InvalidField("body", "is empty; expected a JSON object with the request's fields")];
        }

        // JSON is UTF-8 (RFC 8259 §8.1); the parser checks structure, not the bytes inside names and strings.
        if (!Utf8.IsValid(body.Span))
        {
            return [new InvalidField("body", "is not valid UTF-8")];
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
            return [new InvalidField("body", $"is not valid JSON (line {line}, position {position})")];
        }
    }

    /// <summary>
    /// Whether a field (by proto path) may come from the query string: not a path parameter, and not in the body
    /// (the whole request for body "*", the body field and anything under it otherwise).
    /// </summary>
    private static bool IsQueryBound(HttpContext context, Google.Api.HttpRule rule, string protoPath) =>
        !context.Request.RouteValues.ContainsKey(protoPath)
        && rule.Body != "*"
        && (string.IsNullOrEmpty(rule.Body)
            || (protoPath != rule.Body && !protoPath.StartsWith(rule.Body + ".", StringComparison.Ordinal)));

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

    private async Task WriteBadRequestAsync(HttpContext context, IReadOnlyList<InvalidField> violations)
    {
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "application/json; charset=utf-8";
        var status = RpcErrors.InvalidArgumentStatus(violations).WithRequestId(RequestCorrelation.IdOf(context));
        await context.Response.WriteAsync(errorFormatter.Format(status), context.RequestAborted).ConfigureAwait(false);
    }
}
