using System.Diagnostics;
using System.Runtime;
using System.Runtime.InteropServices;
using HdrHistogram;
using Jyotishika.LoadGenerator.Endpoints;

namespace Jyotishika.LoadGenerator;

/// <summary>
/// A closed-loop run: <see cref="LoadOptions.Concurrency"/> workers each send a call, await its answer and send the
/// next, first through the warm-up, then through the measurement; see <see cref="Worker"/> for what counts.
/// </summary>
public static class LoadRun
{
    /// <exception cref="ArgumentException">The options are invalid (<see cref="LoadOptions.Validate"/>).</exception>
    /// <exception cref="PreflightException">The first call did not return a chart; no load was sent.</exception>
    public static async Task<LoadSummary> ExecuteAsync(LoadOptions options, TextWriter progress, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(progress);
        if (options.Validate() is { Count: > 0 } problems)
        {
            throw new ArgumentException(string.Join("; ", problems), nameof(options));
        }

        var requests = BirthData.Create(options.DistinctRequests, options.Seed);
        await using var endpoint = ChartEndpoint.Create(options, requests);
        await endpoint.PreflightAsync(requests[0], cancellation).ConfigureAwait(false);

        var startedAt = DateTimeOffset.UtcNow;
        var plan = new RunPlan(options, requests.Length, Stopwatch.GetTimestamp());
        var stride = Math.Max(1, requests.Length / options.Concurrency);
        var workers = Enumerable.Range(0, options.Concurrency)
            .Select(i => new Worker(plan, endpoint.CreateCaller(i), i * stride % requests.Length))
            .ToArray();
        try
        {
            await progress.WriteLineAsync(Describe(options, endpoint)).ConfigureAwait(false);
            // This tool's cost over the measurement only: start-up, JIT and warm-up are not what it costs per call.
            var costAtStart = CostSample.AtAsync(plan.MeasureStart, options.ServerProcessId, cancellation);
            var costAtEnd = options.Duration is null ? null : CostSample.AtAsync(plan.MeasureEnd, options.ServerProcessId, cancellation);
            using (cancellation.Register(() => Stop(plan, workers)))
            {
                await Task.WhenAll(workers.Select(worker => Task.Run(worker.RunAsync, CancellationToken.None))).ConfigureAwait(false);
            }

            var end = costAtEnd is null ? CostSample.Now(options.ServerProcessId) : await costAtEnd.ConfigureAwait(false);
            var measured = workers.Sum(w => w.Ok + w.Errors.Values.Sum());
            var start = await costAtStart.ConfigureAwait(false);
            var generator = CostSample.Between(start, end, measured);
            var server = CostSample.ServerBetween(start, end, measured);
            return Summarize(options, endpoint, plan, workers, startedAt, generator, cancellation.IsCancellationRequested) with { Server = server };
        }
        finally
        {
            foreach (var worker in workers)
            {
                worker.Dispose();
            }
        }
    }

    private static void Stop(RunPlan plan, Worker[] workers)
    {
        plan.Stop();
        foreach (var worker in workers)
        {
            worker.Abort();
        }
    }

    private static LoadSummary Summarize(
        LoadOptions options,
        ChartEndpoint endpoint,
        RunPlan plan,
        Worker[] workers,
        DateTimeOffset startedAt,
        GeneratorCost generator,
        bool interrupted)
    {
        var ok = workers.Sum(w => w.Ok);
        var errors = workers.SelectMany(w => w.Errors)
            .GroupBy(error => error.Key, error => error.Value)
            .Select(group => (Key: group.Key, Count: group.Sum()))
            .OrderByDescending(error => error.Count).ThenBy(error => error.Key, StringComparer.Ordinal)
            .ToDictionary(error => error.Key, error => error.Count);
        var failed = errors.Values.Sum();
        var calls = ok + failed;

        var lastCompletion = workers.Max(w => w.LastCompletion);
        var elapsed = options.Duration is { } duration && !interrupted
            ? duration
            : lastCompletion > plan.MeasureStart ? Stopwatch.GetElapsedTime(plan.MeasureStart, lastCompletion) : TimeSpan.Zero;
        var seconds = elapsed.TotalSeconds;

        return new LoadSummary
        {
            Target = options.Target == LoadTarget.Grpc ? "grpc" : "rest",
            Call = endpoint.Call,
            Address = options.Address.ToString(),
            Settings = new LoadSettings(
                options.Concurrency,
                options.Connections,
                options.HttpVersion,
                options.Duration?.TotalSeconds,
                options.Count,
                options.Warmup.TotalSeconds,
                options.Seed,
                options.DistinctRequests,
                options.Timeout.TotalSeconds,
                options.Token is not null,
                options.Batch),
            StartedAt = startedAt,
            Machine = new MachineInfo(
                Environment.ProcessorCount,
                RuntimeInformation.OSDescription,
                RuntimeInformation.FrameworkDescription,
                GarbageCollector()),
            Totals = new CallTotals(calls, ok, failed, workers.Sum(w => w.WarmupCalls), workers.Sum(w => w.LateCalls)),
            ElapsedSeconds = Math.Round(seconds, 3),
            RequestsPerSecond = seconds > 0 ? Math.Round(calls / seconds, 1) : 0,
            OkPerSecond = seconds > 0 ? Math.Round(ok / seconds, 1) : 0,
            ChartsPerSecond = seconds > 0 ? Math.Round(ok * options.Batch / seconds, 1) : 0,
            LatencyMs = Latency(plan.Latencies),
            Errors = errors,
            Generator = generator,
            Interrupted = interrupted,
        };
    }

    private static string GarbageCollector()
    {
        var concurrent = !AppContext.TryGetSwitch("System.GC.Concurrent", out var enabled) || enabled;
        return (GCSettings.IsServerGC ? "server" : "workstation") + (concurrent ? ", concurrent" : ", non-concurrent");
    }

    private static LatencySummary Latency(HistogramBase microseconds)
    {
        if (microseconds.TotalCount == 0)
        {
            return new LatencySummary(0, 0, 0, 0, 0, 0);
        }

        static double Ms(double us) => Math.Round(us / 1000.0, 3);
        return new LatencySummary(
            Ms(microseconds.GetValueAtPercentile(50)),
            Ms(microseconds.GetValueAtPercentile(90)),
            Ms(microseconds.GetValueAtPercentile(99)),
            Ms(microseconds.GetValueAtPercentile(99.9)),
            Ms(microseconds.GetMaxValue()),
            Ms(microseconds.GetMean()));
    }

    private static string Describe(LoadOptions options, ChartEndpoint endpoint)
    {
        var batch = options.Batch > 1 ? $", {options.Batch} charts per call" : string.Empty;
        var amount = options.Duration is { } duration ? $"for {duration.TotalSeconds:0.###} s" : $"{options.Count} calls";
        return $"{endpoint.Call} at {options.Address} (HTTP/{options.HttpVersion}): {options.Concurrency} in flight over "
            + $"{options.Connections} connection(s), {options.Warmup.TotalSeconds:0.###} s warm-up, then {amount}{batch}";
    }
}
