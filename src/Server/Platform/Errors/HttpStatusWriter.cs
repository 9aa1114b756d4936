using Google.Rpc;
using Microsoft.Net.Http.Headers;

namespace Jyotishika.Server.Platform.Errors;

/// <summary>
/// Answers a request with a google.rpc.Status from outside a gRPC service (authorization, rate limits, sign-in):
/// a trailers-only gRPC response for gRPC callers, and for REST the HTTP status gRPC transcoding would use with the
/// same JSON body the services' errors have. Both carry a google.rpc.RequestInfo with the correlation id.
/// </summary>
public sealed class HttpStatusWriter(JsonFormatter formatter)
{
    public static bool IsGrpc(HttpContext context) =>
        context?.Request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) == true;

    public Task WriteAsync(HttpContext context, Code code, string message, TimeSpan? retryAfter = null) =>
        WriteAsync(context, new Google.Rpc.Status { Code = (int)code, Message = message }, retryAfter);

    /// <summary>
    /// Answers with <paramref name="status"/>; REST callers get <paramref name="httpStatus"/> where the status code's
    /// usual mapping would say less (408 for a body that arrived too slowly, 413 for one too large).
    /// </summary>
    public async Task WriteAsync(HttpContext context, Google.Rpc.Status status, TimeSpan? retryAfter = null, int? httpStatus = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(status);
        var response = context.Response;
        var code = (Code)status.Code;
        var message = status.Message;
        if (response.HasStarted)
        {
            return;
        }

        response.Headers.CacheControl = "no-store";
        if (retryAfter is { } delay)
        {
            response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(delay.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        status.WithRequestId(RequestCorrelation.IdOf(context));
        if (IsGrpc(context))
        {
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = "application/grpc";
            response.Headers["grpc-status"] = ((int)code).ToString(System.Globalization.CultureInfo.InvariantCulture);
            response.Headers["grpc-message"] = Uri.EscapeDataString(message);
            response.Headers["grpc-status-details-bin"] = Convert.ToBase64String(status.ToByteArray());
            return;
        }

        response.StatusCode = httpStatus ?? HttpStatus(code);
        if (code == Code.Unauthenticated)
        {
            response.Headers[HeaderNames.WWWAuthenticate] = "Bearer";
        }

        response.ContentType = "application/json; charset=utf-8";
        await response.WriteAsync(formatter.Format(status), context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>The mapping gRPC transcoding uses (google.rpc.Code documentation).</summary>
    public static int HttpStatus(Code code) => code switch
    {
        Code.InvalidArgument or Code.FailedPrecondition or Code.OutOfRange => StatusCodes.Status400BadRequest,
        Code.Unauthenticated => StatusCodes.Status401Unauthorized,
        Code.PermissionDenied => StatusCodes.Status403Forbidden,
        Code.NotFound => StatusCodes.Status404NotFound,
        Code.AlreadyExists or Code.Aborted => StatusCodes.Status409Conflict,
        Code.ResourceExhausted => StatusCodes.Status429TooManyRequests,
        Code.Cancelled => 499,
        Code.Unimplemented => StatusCodes.Status501NotImplemented,
        Code.Unavailable => StatusCodes.Status503ServiceUnavailable,
        Code.DeadlineExceeded => StatusCodes.Status504GatewayTimeout,
        _ => StatusCodes.Status500InternalServerError,
    };
}
