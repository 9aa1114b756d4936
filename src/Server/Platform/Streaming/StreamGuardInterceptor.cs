namespace Jyotishika.Server.Platform.Streaming;

/// <summary>
/// Bounds every server stream, gRPC and transcoded REST alike: at most <see cref="StreamOptions.MaxStreamsPerCaller"/>
/// open per caller, and every message written within <see cref="StreamOptions.WriteTimeout"/> (<see
/// cref="TimedStreamWriter{T}"/>). Together with Kestrel's response buffer (64 KiB) these cap what a client that stops
/// reading can hold: a few buffers per caller, for half a minute.
/// </summary>
public sealed class StreamGuardInterceptor : Interceptor, IDisposable
{
    private readonly StreamOptions options;
    private readonly StreamCounters counters;
    private readonly PartitionedRateLimiter<string> perCaller;

    public StreamGuardInterceptor(ServerOptions server, StreamCounters counters)
    {
        ArgumentNullException.ThrowIfNull(server);
        options = server.Streams;
        this.counters = counters;
        var limit = new ConcurrencyLimiterOptions { PermitLimit = options.MaxStreamsPerCaller, QueueLimit = 0 };
        perCaller = PartitionedRateLimiter.Create<string, string>(caller => RateLimitPartition.GetConcurrencyLimiter(caller, _ => limit));
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request,
        IServerStreamWriter<TResponse> responseStream,
        ServerCallContext context,
        ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(continuation);
        var http = context.GetHttpContext();
        using var lease = perCaller.AttemptAcquire(Caller(http));
        if (!lease.IsAcquired)
        {
            counters.Refused();
            throw new RpcException(new Status(StatusCode.ResourceExhausted,
                $"Too many open streams for this caller (at most {options.MaxStreamsPerCaller}); finish or cancel one first"));
        }

        counters.Opened();
        try
        {
            using var timed = new TimedStreamWriter<TResponse>(
                responseStream, http, options.WriteTimeout, counters, context.CancellationToken);
            await continuation(request, timed, context).ConfigureAwait(false);
        }
        finally
        {
            counters.Closed();
        }
    }

    public void Dispose() => perCaller.Dispose();

    /// <summary>The signed-in user, else the client address (an IPv6 client's /64), as the rate limits count callers.</summary>
    private static string Caller(HttpContext http) =>
        CallerClaims.User(http.User) is { } user ? "user:" + user.Id.ToString("N") : "ip:" + ClientAddress.PartitionOf(http);
}
