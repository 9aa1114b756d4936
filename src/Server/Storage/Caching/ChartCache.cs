using Jyotishika.Engine;
using Jyotishika.Engine.Time;
using StackExchange.Redis;
using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Storage.Caching;

/// <summary>
/// Chart responses in Redis (protobuf bytes under <see cref="ChartCacheKey"/>). Results are deterministic, so an entry
/// never needs invalidating. The cache only ever saves time: a Redis that is down, slow or answering nonsense makes a
/// lookup a miss, and writes happen after the response has left, so a caller never waits for them nor sees their errors.
/// </summary>
public sealed partial class ChartCache(
    RedisStore redis, ChartCacheOptions options, ChartCacheKey keys, ChartCacheCounters counters, ILogger<ChartCache> logger)
{
    private bool InUse => options.Enabled && redis.IsConfigured;

    /// <summary>The cached response for this input, or <paramref name="compute"/>'s, which is then offered to the cache.</summary>
    public async Task<Contract.ChartResponse> GetOrComputeAsync(
        ChartInput input,
        ResolvedBirthTime time,
        IReadOnlyList<int> vargas,
        Func<CancellationToken, Task<Contract.ChartResponse>> compute,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(compute);
        if (!InUse)
        {
            return await compute(cancellationToken).ConfigureAwait(false);
        }

        var key = keys.For(input, time, vargas);
        if (await TryReadAsync(key, cancellationToken).ConfigureAwait(false) is { } cached)
        {
            counters.Hit();
            return cached;
        }

        counters.Miss();
        var response = await compute(cancellationToken).ConfigureAwait(false);
        _ = WriteAsync(key, response.ToByteArray());
        return response;
    }

    private async Task<Contract.ChartResponse?> TryReadAsync(string key, CancellationToken cancellationToken)
    {
        var read = redis.RunAsync(database => database.StringGetAsync(key));
        try
        {
            var value = await read.WaitAsync(options.ReadTimeout, cancellationToken).ConfigureAwait(false);
            return value.IsNullOrEmpty ? null : Contract.ChartResponse.Parser.ParseFrom((byte[])value!);
        }
        catch (TimeoutException)
        {
            Abandon(read);
            LogReadFailed(logger, nameof(TimeoutException));
            return null;
        }
        catch (OperationCanceledException)
        {
            Abandon(read);
            throw;
        }
        catch (Exception failure) when (failure is StoreUnavailableException or RedisException or InvalidProtocolBufferException)
        {
            LogReadFailed(logger, failure.GetType().Name);
            return null;
        }
    }

    /// <summary>The read goes on without us; its outcome is observed so a late failure is no unobserved task exception.</summary>
    private static void Abandon(Task read) =>
        read.ContinueWith(
            static abandoned => abandoned.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);

    private async Task WriteAsync(string key, byte[] value)
    {
        try
        {
            await redis.RunAsync(database => database.StringSetAsync(key, value, options.TimeToLive)).ConfigureAwait(false);
        }
        catch (Exception failure) when (failure is StoreUnavailableException or RedisException)
        {
            LogWriteFailed(logger, failure.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Chart cache read skipped ({Reason}); computing instead")]
    private static partial void LogReadFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Chart cache write dropped ({Reason})")]
    private static partial void LogWriteFailed(ILogger logger, string reason);
}
