using System.Diagnostics;
using Jyotishika.LoadGenerator.Endpoints;

namespace Jyotishika.LoadGenerator;

/// <summary>
/// One closed-loop worker: sends a call, waits for its answer, records it, sends the next. Counts only what it alone
/// writes, so workers never contend; the run adds them up at the end.
/// </summary>
internal sealed class Worker(RunPlan plan, ChartCaller caller, int firstRequest) : IDisposable
{
    /// <summary>The key of a call cancelled by this tool after <see cref="LoadOptions.Timeout"/>.</summary>
    public const string TimeoutKey = "TIMEOUT";

    // One token source for every call, re-armed per call (TryReset keeps its timer): no allocation per call.
    private CancellationTokenSource deadline = new();
    private int next = firstRequest;

    public long Ok { get; private set; }

    public long WarmupCalls { get; private set; }

    /// <summary>A timed run: calls that answered after the end of the window (their worker had sent them before it).</summary>
    public long LateCalls { get; private set; }

    public long LastCompletion { get; private set; }

    public Dictionary<string, long> Errors { get; } = [];

    public async Task RunAsync()
    {
        while (!plan.Stopping)
        {
            var start = Stopwatch.GetTimestamp();
            if (start >= plan.MeasureEnd)
            {
                return;
            }

            var counted = start >= plan.MeasureStart;
            if (counted && plan.IsCounted && !plan.TryTakeTicket())
            {
                return;
            }

            deadline.CancelAfter(plan.Timeout);
            string? error;
            try
            {
                error = await caller.CallAsync(next, deadline.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                error = "CANCELLED";
            }

            var end = Stopwatch.GetTimestamp();
            if (deadline.IsCancellationRequested)
            {
                error = TimeoutKey;
            }

            if (!deadline.TryReset())
            {
                deadline.Dispose();
                deadline = new CancellationTokenSource();
            }

            if (plan.Stopping)
            {
                return;
            }

            next = next + 1 == plan.RequestCount ? 0 : next + 1;
            Record(start, end, counted, error);
        }
    }

    /// <summary>Interrupts the call in flight (the run is stopping).</summary>
    public void Abort()
    {
        try
        {
            deadline.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // Replaced after a time-out a moment ago; the worker sees the stop flag before its next call.
        }
    }

    public void Dispose() => deadline.Dispose();

    private void Record(long start, long end, bool startedInWindow, string? error)
    {
        // A counted run measures the calls it took tickets for; a timed run measures the calls that answered inside
        // the window, so that calls per second is exactly what the server completed in it.
        if (plan.IsCounted ? !startedInWindow : end < plan.MeasureStart)
        {
            WarmupCalls++;
            return;
        }

        if (end >= plan.MeasureEnd)
        {
            LateCalls++;
            return;
        }

        LastCompletion = end;
        if (error is null)
        {
            Ok++;
            var microseconds = Stopwatch.GetElapsedTime(start, end).Ticks / (TimeSpan.TicksPerMillisecond / 1000);
            plan.Latencies.RecordValue(Math.Clamp(microseconds, 1, RunPlan.HighestLatencyMicroseconds));
        }
        else
        {
            Errors[error] = Errors.GetValueOrDefault(error) + 1;
        }
    }
}
