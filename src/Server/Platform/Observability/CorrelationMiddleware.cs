using System.Collections;

namespace Jyotishika.Server.Platform.Observability;

/// <summary>
/// Gives the request its <see cref="RequestCorrelation"/>, echoes it as a response header (REST and gRPC alike, errors
/// included) and opens a logging scope with it and the W3C trace id, so every line logged for the request carries both.
/// </summary>
public sealed class CorrelationMiddleware(RequestDelegate next, ILogger<CorrelationMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var correlation = RequestCorrelation.From(context.Request.Headers[RequestCorrelation.HeaderName]);
        context.Features.Set(correlation);
        Activity.Current?.SetTag("jyotishika.correlation_id", correlation.Id);

        // Set when the response starts rather than now: an exception handler clears the headers before it answers.
        context.Response.OnStarting(
            static state =>
            {
                var (response, id) = ((HttpResponse, string))state;
                response.Headers[RequestCorrelation.HeaderName] = id;
                return Task.CompletedTask;
            },
            (context.Response, correlation.Id));

        using (logger.BeginScope(new CorrelationScope(correlation.Id, Activity.Current?.TraceId.ToHexString())))
        {
            await next(context).ConfigureAwait(false);
        }
    }

    /// <summary>Key/value pairs, so the JSON formatter writes them as properties of the scope rather than one string.</summary>
    private sealed class CorrelationScope(string correlationId, string? traceId) : IReadOnlyList<KeyValuePair<string, object?>>
    {
        public int Count => 2;

        public KeyValuePair<string, object?> this[int index] => index switch
        {
            0 => new("CorrelationId", correlationId),
            1 => new("TraceId", traceId),
            _ => throw new ArgumentOutOfRangeException(nameof(index)),
        };

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
        {
            yield return this[0];
            yield return this[1];
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString() => $"CorrelationId:{correlationId} TraceId:{traceId}";
    }
}
