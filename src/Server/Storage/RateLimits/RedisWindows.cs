using StackExchange.Redis;

namespace Jyotishika.Server.Storage.RateLimits;

/// <summary>
/// Fixed windows counted in Redis, so every instance sharing it draws on one budget. Redis's own clock ends a window
/// (a key's time to live), so instances need not agree on the time. When Redis is not configured, fails, or does not
/// answer within RATE_LIMIT_REDIS_TIMEOUT_MS, the answer is null and the caller counts per instance; after a failure
/// only one request at a time asks Redis again, once per <see cref="RetryInterval"/>, so an outage costs no waiting.
/// </summary>
public sealed partial class RedisWindows(
    RedisStore redis, RateLimitOptions options, TimeProvider time, ILogger<RedisWindows> logger)
{
    public static readonly TimeSpan RetryInterval = TimeSpan.FromSeconds(1);

    /// <summary>How long start-up waits for Redis: the connect timeout the Redis options set.</summary>
    public static readonly TimeSpan WarmUpTimeout = TimeSpan.FromSeconds(2);

    // Every request counts, refused ones too; a key without a time to live (new, or one whose expiry was lost) gets
    // the window's, so no count can outlive its window.
    private const string Script = """
        local count = redis.call('INCRBY', KEYS[1], ARGV[2])
        local ttl = redis.call('PTTL', KEYS[1])
        if ttl < 0 then
            redis.call('PEXPIRE', KEYS[1], ARGV[1])
            ttl = tonumber(ARGV[1])
        end
        return { count, ttl }
        """;

    private long countedLocally;

    // 0 while Redis answers; otherwise the timestamp after which one request may ask it again.
    private long retryAt;

    /// <summary>Requests this instance counted alone although Redis is configured (Redis down or slow).</summary>
    public long CountedLocallyTotal => Interlocked.Read(ref countedLocally);

    /// <summary>
    /// Counts <paramref name="permits"/> against <paramref name="partition"/>'s window in Redis; null when this instance
    /// must decide alone.
    /// </summary>
    internal ValueTask<WindowDecision?> TryTakeAsync(
        IWindowBudget policy, string partition, int permits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (!redis.IsConfigured)
        {
            return ValueTask.FromResult<WindowDecision?>(null);
        }

        if (MayAsk())
        {
            return TakeAsync(policy, partition, permits, cancellationToken);
        }

        CountedLocally();
        return ValueTask.FromResult<WindowDecision?>(null);
    }

    /// <summary>
    /// Connects and runs the counting script once (counting nothing) before the server takes requests, so its first
    /// requests are counted in Redis instead of per instance while the connection is still being made.
    /// </summary>
    internal async Task WarmUpAsync(CancellationToken cancellationToken)
    {
        if (!redis.IsConfigured)
        {
            return;
        }

        RedisKey[] keys = [RedisKeys.RateLimit + "warm-up"];
        RedisValue[] values = [1000, 0];
        var warming = redis.RunAsync(database => database.ScriptEvaluateAsync(Script, keys, values));
        try
        {
            await warming.WaitAsync(WarmUpTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            Abandon(warming);
            Failed(nameof(TimeoutException));
        }
        catch (OperationCanceledException)
        {
            Abandon(warming);
            throw;
        }
        catch (Exception failure) when (failure is StoreUnavailableException or RedisException)
        {
            Failed(failure.GetType().Name);
        }
    }

    /// <summary>
    /// The key names the budget's size as well as its policy: instances configured differently (a limit changed during
    /// a rolling restart, test servers sharing one Redis) keep separate counts instead of judging one count by two sizes.
    /// </summary>
    internal static string KeyOf(IWindowBudget policy, string partition) => string.Create(
        CultureInfo.InvariantCulture,
        $"{RedisKeys.RateLimit}{policy.Name}:{policy.PermitLimit}/{policy.Window.TotalSeconds}s:{partition}");

    private async ValueTask<WindowDecision?> TakeAsync(
        IWindowBudget policy, string partition, int permits, CancellationToken cancellationToken)
    {
        RedisKey[] keys = [KeyOf(policy, partition)];
        RedisValue[] values = [(long)policy.Window.TotalMilliseconds, permits];
        var counting = redis.RunAsync(database => database.ScriptEvaluateAsync(Script, keys, values));
        try
        {
            var answer = (RedisResult[])(await counting.WaitAsync(options.RedisTimeout, cancellationToken).ConfigureAwait(false))!;
            var count = (long)answer[0];
            var timeToLive = TimeSpan.FromMilliseconds((long)answer[1]);
            Answered();
            return count <= policy.PermitLimit ? WindowDecision.Allow : WindowDecision.Refuse(timeToLive);
        }
        catch (TimeoutException)
        {
            Abandon(counting);
            Failed(nameof(TimeoutException));
            CountedLocally();
            return null;
        }
        catch (OperationCanceledException)
        {
            Abandon(counting);
            throw;
        }
        catch (Exception failure) when (failure is StoreUnavailableException or RedisException or InvalidCastException)
        {
            Failed(failure.GetType().Name);
            CountedLocally();
            return null;
        }
    }

    private void CountedLocally() => Interlocked.Increment(ref countedLocally);

    private bool MayAsk()
    {
        var due = Interlocked.Read(ref retryAt);
        if (due == 0)
        {
            return true;
        }

        var now = time.GetTimestamp();

        // The first request past the due time asks; the others go on counting locally until it has its answer.
        return now >= due && Interlocked.CompareExchange(ref retryAt, Later(now), due) == due;
    }

    private void Answered()
    {
        if (Interlocked.Exchange(ref retryAt, 0) != 0)
        {
            LogRecovered(logger);
        }
    }

    private void Failed(string reason)
    {
        if (Interlocked.Exchange(ref retryAt, Later(time.GetTimestamp())) == 0)
        {
            LogDegraded(logger, reason);
        }
    }

    private long Later(long now) => now + (long)(RetryInterval.TotalSeconds * time.TimestampFrequency);

    /// <summary>The count goes on without us; its outcome is observed so a late failure is no unobserved task exception.</summary>
    private static void Abandon(Task counting) =>
        counting.ContinueWith(
            static abandoned => abandoned.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rate limits are counted per instance: Redis did not answer ({Reason})")]
    private static partial void LogDegraded(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rate limits are counted in Redis again")]
    private static partial void LogRecovered(ILogger logger);
}
