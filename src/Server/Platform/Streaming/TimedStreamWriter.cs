namespace Jyotishika.Server.Platform.Streaming;

/// <summary>
/// A response stream whose every write must find room within the timeout; one that cannot (the client stopped reading)
/// is cancelled and the call ended by aborting its connection or HTTP/2 stream, which releases what it buffered and
/// cancels the calculation behind it. The write is cancelled through its token rather than abandoned, so nothing of the
/// request outlives it. One timer serves the whole stream, re-armed per write.
/// </summary>
internal sealed class TimedStreamWriter<T> : IServerStreamWriter<T>, IDisposable
    where T : class
{
    private readonly IServerStreamWriter<T> inner;
    private readonly HttpContext http;
    private readonly TimeSpan timeout;
    private readonly StreamCounters counters;
    private readonly CancellationToken call;
    private readonly CancellationTokenSource writeDeadline;

    public TimedStreamWriter(
        IServerStreamWriter<T> inner, HttpContext http, TimeSpan timeout, StreamCounters counters, CancellationToken call)
    {
        this.inner = inner;
        this.http = http;
        this.timeout = timeout;
        this.counters = counters;
        this.call = call;
        writeDeadline = CancellationTokenSource.CreateLinkedTokenSource(call);
    }

    public WriteOptions? WriteOptions
    {
        get => inner.WriteOptions;
        set => inner.WriteOptions = value;
    }

    public Task WriteAsync(T message) => WriteAsync(message, CancellationToken.None);

    public async Task WriteAsync(T message, CancellationToken cancellationToken)
    {
        // The services pass the call's own token, which the deadline is linked to; another token is honoured too.
        using var callerToken = cancellationToken.CanBeCanceled && cancellationToken != call
            ? cancellationToken.Register(static state => ((CancellationTokenSource)state!).Cancel(), writeDeadline)
            : default;
        var started = Stopwatch.GetTimestamp();
        writeDeadline.CancelAfter(timeout);
        try
        {
            await inner.WriteAsync(message, writeDeadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (Stopwatch.GetElapsedTime(started) >= timeout * 0.9)
        {
            // Timed out (a call cancelled otherwise ends sooner). The transcoder aborts the request on a cancelled write,
            // which cancels the call's token too, so only the elapsed time tells which it was; the margin allows for
            // timers, which count whole milliseconds and may fire a little before the stopwatch agrees.
            counters.Stalled();
            http.Abort();
            throw new RpcException(new Status(StatusCode.Cancelled,
                $"The stream was ended: the client read nothing for {timeout.TotalSeconds:0} s"));
        }
        catch (OperationCanceledException)
        {
            // The client went away, or Kestrel ended a response read below its minimum data rate: either way the call is
            // over, and the cancellation may reach the call's token only after this (Kestrel signals it on another thread).
            throw new RpcException(new Status(StatusCode.Cancelled, "The stream was ended: the client stopped reading or went away"));
        }
        finally
        {
            writeDeadline.CancelAfter(Timeout.InfiniteTimeSpan);
        }
    }

    public void Dispose() => writeDeadline.Dispose();
}
