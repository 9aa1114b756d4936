using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace Jyotishika.Server.Platform.Observability;

/// <summary>
/// One Information line per finished request: method, route, status (and grpc-status), duration. The route is the
/// endpoint's pattern or the gRPC method, never the raw URL: query strings carry OAuth codes and states.
/// </summary>
public sealed partial class RequestLogMiddleware(RequestDelegate next, ILogger<RequestLogMiddleware> logger, TimeProvider time)
{
    // Load balancers and Prometheus ask every few seconds; their successful answers are Debug, not Information.
    private static readonly string[] ProbeRoutes = ["/healthz", "/readyz", "/livez", "/metrics", "/grpc.health.v1.Health/Check"];

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var started = time.GetTimestamp();
        var failed = false;
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch
        {
            // Past the exception handler only when the response had already started; the client sees a reset.
            failed = true;
            throw;
        }
        finally
        {
            Log(context, time.GetElapsedTime(started).TotalMilliseconds, failed);
        }
    }

    private void Log(HttpContext context, double durationMs, bool failed)
    {
        var status = failed ? StatusCodes.Status500InternalServerError : context.Response.StatusCode;
        var route = Route(context);
        var grpcStatus = GrpcStatus(context);
        var succeeded = status < StatusCodes.Status400BadRequest && grpcStatus is null or "0";
        var level = succeeded && ProbeRoutes.Contains(route, StringComparer.Ordinal) ? LogLevel.Debug : LogLevel.Information;
        if (grpcStatus is not null)
        {
            LogGrpcRequest(logger, level, context.Request.Method, route, status, grpcStatus, durationMs);
        }
        else
        {
            LogRequest(logger, level, context.Request.Method, route, status, durationMs);
        }
    }

    /// <summary>
    /// The matched endpoint's pattern (after an exception handler cleared it, the endpoint that failed); for requests no
    /// endpoint serves (the OpenID callback, answered by authentication; a 404) the path, which is in the scope anyway.
    /// </summary>
    private static string Route(HttpContext context)
    {
        var endpoint = context.Features.Get<IExceptionHandlerFeature>()?.Endpoint ?? context.GetEndpoint();
        return endpoint is RouteEndpoint { RoutePattern.RawText: { } pattern }
            ? pattern
            : (context.Request.PathBase + context.Request.Path).Value ?? "/";
    }

    /// <summary>grpc-status from the trailers, or from the headers of a trailers-only answer.</summary>
    private static string? GrpcStatus(HttpContext context)
    {
        var trailers = context.Features.Get<IHttpResponseTrailersFeature>()?.Trailers;
        var status = trailers?["grpc-status"] ?? default;
        if (status.Count == 0)
        {
            status = context.Response.Headers["grpc-status"];
        }

        return status.Count == 0 ? null : status.ToString();
    }

    [LoggerMessage(EventId = 1, Message = "{Method} {Route} answered {Status} in {DurationMs:0.0} ms")]
    private static partial void LogRequest(ILogger logger, LogLevel level, string method, string route, int status, double durationMs);

    [LoggerMessage(EventId = 2, Message = "{Method} {Route} answered {Status} grpc-status {GrpcStatus} in {DurationMs:0.0} ms")]
    private static partial void LogGrpcRequest(
        ILogger logger, LogLevel level, string method, string route, int status, string grpcStatus, double durationMs);
}
