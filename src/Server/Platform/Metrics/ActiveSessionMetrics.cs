namespace Jyotishika.Server.Platform.Metrics;

/// <summary>
/// jyotishika_active_sessions: live browser sessions, as <see cref="SessionStore.CountAsync"/> counts them (a SCAN of the
/// whole keyspace), so a count is reused for <see cref="CountEvery"/> and given <see cref="Budget"/> at most; a count that
/// fails or runs out of time leaves the last one standing, and until a first count succeeds there is no series.
/// </summary>
internal sealed class ActiveSessionMetrics
{
    public static readonly TimeSpan CountEvery = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(2);

    private readonly SessionStore store;
    private readonly TimeProvider time;
    private readonly ILogger logger;
    private readonly Gauge sessions;
    private long countedAt; // a TimeProvider timestamp; 0 until the first count
    private int counting;

    private ActiveSessionMetrics(CollectorRegistry registry, SessionStore store, TimeProvider time, ILogger logger)
    {
        this.store = store;
        this.time = time;
        this.logger = logger;
        sessions = Prometheus.Metrics.WithCustomRegistry(registry).CreateGauge(
            "jyotishika_active_sessions",
            $"Live browser sessions in Redis, counted at most every {CountEvery.TotalSeconds:0} s.",
            new GaugeConfiguration { SuppressInitialValue = true });
    }

    public static void Register(CollectorRegistry registry, SessionStore store, TimeProvider time, ILogger logger)
    {
        var metrics = new ActiveSessionMetrics(registry, store, time, logger);
        registry.AddBeforeCollectCallback(metrics.RefreshAsync);
    }

    private async Task RefreshAsync(CancellationToken cancellationToken)
    {
        var last = Volatile.Read(ref countedAt);
        if (last != 0 && time.GetElapsedTime(last) < CountEvery)
        {
            return;
        }

        // Concurrent scrapes share one count: the others show the last one.
        if (Interlocked.Exchange(ref counting, 1) == 1)
        {
            return;
        }

        try
        {
            using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            budget.CancelAfter(Budget);
            sessions.Set(await store.CountAsync(budget.Token).ConfigureAwait(false));
        }
        catch (Exception failure)
            when (failure is StoreUnavailableException or TimeoutException or OperationCanceledException)
        {
            logger.LogWarning(
                "Counting sessions for jyotishika_active_sessions failed ({Failure}); the last count stands.", failure.GetType().Name);
        }
        finally
        {
            Volatile.Write(ref countedAt, time.GetTimestamp());
            Volatile.Write(ref counting, 0);
        }
    }
}
