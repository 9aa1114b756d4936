using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Microsoft.AspNetCore.RateLimiting;

namespace Jyotishika.Server.Platform.RateLimiting;

/// <summary>
/// Answers a refused request with RESOURCE_EXHAUSTED (never UNAVAILABLE, which gRPC clients retry at once) and a
/// google.rpc.RetryInfo saying when to come back: for REST a 429 with Retry-After and the google.rpc.Status JSON body,
/// for gRPC a trailers-only response whose grpc-status-details-bin carries the same Status.
/// </summary>
public sealed class RateLimitRejection(JsonFormatter formatter, RateLimitCounters counters)
{
    private const string StatusDetailsHeader = "grpc-status-details-bin";

    /// <summary>RateLimiterOptions.OnRejected for ASP.NET Core's rate limiter.</summary>
    public static ValueTask OnRejectedAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rejected);
        var writer = rejected.HttpContext.RequestServices.GetRequiredService<RateLimitRejection>();
        return new ValueTask(writer.WriteAsync(rejected.HttpContext, rejected.Lease));
    }

    public async Task WriteAsync(HttpContext context, RateLimitLease lease)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(lease);
        var policy = (lease as WindowLease)?.Policy;
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) && wait > TimeSpan.Zero
            ? wait
            : TimeSpan.FromMinutes(1);
        counters.Rejected(policy?.Name ?? "other");

        var response = context.Response;
        if (response.HasStarted)
        {
            return;
        }

        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        var message = string.Create(
            CultureInfo.InvariantCulture, $"{policy?.Refusal ?? "Too many requests"}; try again in {seconds} s.");
        var status = new Google.Rpc.Status
        {
            Code = (int)Code.ResourceExhausted,
            Message = message,
            Details = { Any.Pack(new RetryInfo { RetryDelay = Duration.FromTimeSpan(retryAfter) }) },
        }.WithRequestId(RequestCorrelation.IdOf(context));

        response.Headers.CacheControl = "no-store";
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        if (HttpStatusWriter.IsGrpc(context))
        {
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = "application/grpc";
            response.Headers["grpc-status"] = ((int)Code.ResourceExhausted).ToString(CultureInfo.InvariantCulture);
            response.Headers["grpc-message"] = Uri.EscapeDataString(message);
            response.Headers[StatusDetailsHeader] = Convert.ToBase64String(status.ToByteArray());
            return;
        }

        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.ContentType = "application/json; charset=utf-8";
        await response.WriteAsync(formatter.Format(status), context.RequestAborted).ConfigureAwait(false);
    }
}
