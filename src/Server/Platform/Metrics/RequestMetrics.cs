using Microsoft.AspNetCore.Http.Features;
using Prometheus.HttpMetrics;

namespace Jyotishika.Server.Platform.Metrics;

/// <summary>
/// prometheus-net's HTTP request metrics, with labels that stay few: the endpoint's route pattern (a REST route such as
/// /v1/chart, or a gRPC method such as /jyotishika.v1.ChartService/ComputeChart), the HTTP method and status, and for
/// gRPC calls the grpc-status the call ended with (their HTTP status is 200 whatever happened).
/// </summary>
internal static class RequestMetrics
{
    public const string GrpcStatusLabel = "grpc_status";

    /// <summary>Half a millisecond (a cached chart) to ten seconds (a call that queued behind a full ephemeris pool).</summary>
    public static IReadOnlyList<double> LatencyBuckets { get; } =
        [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    // The library's own metric names, so its dashboards work; the controller and action labels it adds by default are
    // always empty here (no MVC) and are left out.
    private static readonly string[] CompletedLabels =
        [HttpRequestLabelNames.Code, HttpRequestLabelNames.Method, HttpRequestLabelNames.Endpoint, GrpcStatusLabel];

    private static readonly string[] InProgressLabels = [HttpRequestLabelNames.Method, HttpRequestLabelNames.Endpoint];

    public static HttpMiddlewareExporterOptions Options(CollectorRegistry registry)
    {
        var factory = Prometheus.Metrics.WithCustomRegistry(registry);
        var options = new HttpMiddlewareExporterOptions();
        options.InProgress.Gauge = factory.CreateGauge(
            "http_requests_in_progress", "Requests being answered, by route or gRPC method.", InProgressLabels);
        options.RequestCount.Counter = factory.CreateCounter(
            "http_requests_received_total", "Requests answered, by route or gRPC method, HTTP status and gRPC status.", CompletedLabels);
        options.RequestDuration.Histogram = factory.CreateHistogram(
            "http_request_duration_seconds",
            "Time to answer a request, by route or gRPC method, HTTP status and gRPC status.",
            CompletedLabels,
            new HistogramConfiguration { Buckets = [.. LatencyBuckets] });

        // Read once the call has ended, so only on the completed-request metrics.
        var grpcStatus = new HttpCustomLabel(GrpcStatusLabel, GrpcStatus);
        options.RequestCount.CustomLabels.Add(grpcStatus);
        options.RequestDuration.CustomLabels.Add(grpcStatus);
        return options;
    }

    /// <summary>
    /// The status name (OK, INVALID_ARGUMENT …) a gRPC call ended with: from the trailers, or from the headers of a
    /// trailers-only answer. Empty for REST and anything else that is not gRPC.
    /// </summary>
    internal static string GrpcStatus(HttpContext context)
    {
        if (context.Request.ContentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) != true)
        {
            return string.Empty;
        }

        var trailers = context.Features.Get<IHttpResponseTrailersFeature>()?.Trailers;
        var value = trailers is not null && trailers.TryGetValue("grpc-status", out var trailer)
            ? trailer.ToString()
            : context.Response.Headers["grpc-status"].ToString();
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var code)
            ? StatusName((StatusCode)code)
            : string.Empty;
    }

    // The names the gRPC specification and google.rpc.Code use, as other languages' servers report them.
    private static string StatusName(StatusCode code) => code switch
    {
        StatusCode.OK => "OK",
        StatusCode.Cancelled => "CANCELLED",
        StatusCode.Unknown => "UNKNOWN",
        StatusCode.InvalidArgument => "INVALID_ARGUMENT",
        StatusCode.DeadlineExceeded => "DEADLINE_EXCEEDED",
        StatusCode.NotFound => "NOT_FOUND",
        StatusCode.AlreadyExists => "ALREADY_EXISTS",
        StatusCode.PermissionDenied => "PERMISSION_DENIED",
        StatusCode.Unauthenticated => "UNAUTHENTICATED",
        StatusCode.ResourceExhausted => "RESOURCE_EXHAUSTED",
        StatusCode.FailedPrecondition => "FAILED_PRECONDITION",
        StatusCode.Aborted => "ABORTED",
        StatusCode.OutOfRange => "OUT_OF_RANGE",
        StatusCode.Unimplemented => "UNIMPLEMENTED",
        StatusCode.Internal => "INTERNAL",
        StatusCode.Unavailable => "UNAVAILABLE",
        StatusCode.DataLoss => "DATA_LOSS",
        _ => string.Empty,
    };
}
