using StackExchange.Redis;

namespace Jyotishika.Server.Storage.Redis;

/// <summary>
/// The Redis connection (one multiplexer, reconnecting by itself), or none when REDIS_URL is not set. Every use goes
/// through <see cref="RunAsync{T}"/>, so a lost Redis surfaces as <see cref="StoreUnavailableException"/>.
/// </summary>
public sealed class RedisStore : IDisposable
{
    // Connected asynchronously on first use: a synchronous Connect would hold the first caller's thread, and every
    // caller queued behind the lazy lock, for up to the connect timeout when Redis is down at start-up.
    private readonly Lazy<Task<ConnectionMultiplexer>>? connection;

    /// <summary>The store's name in logs and metrics.</summary>
    public const string Name = "Redis";

    private readonly StoreOutageLog? outages;

    public RedisStore(ConfigurationOptions? options, StoreOutageLog? outages = null)
    {
        this.outages = outages;
        if (options is not null)
        {
            connection = new Lazy<Task<ConnectionMultiplexer>>(() => ConnectionMultiplexer.ConnectAsync(options));
        }
    }

    public bool IsConfigured => connection is not null;

    public async Task<T> RunAsync<T>(Func<IDatabase, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (connection is null)
        {
            throw new StoreNotConfiguredException("REDIS_URL");
        }

        using var span = StoreTracing.Source.StartActivity("redis", System.Diagnostics.ActivityKind.Client);
        span?.SetTag("db.system", "redis");
        try
        {
            var multiplexer = await connection.Value.ConfigureAwait(false);
            var result = await work(multiplexer.GetDatabase()).ConfigureAwait(false);
            outages?.Available(Name);
            return result;
        }
        catch (Exception failure) when (failure is RedisConnectionException or RedisTimeoutException or ObjectDisposedException)
        {
            outages?.Unavailable(Name, failure);
            span?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, failure.GetType().Name);
            throw new StoreUnavailableException(Name, failure);
        }
    }

    /// <summary>
    /// Sends Redis a PING: the readiness probe's question. PING takes no token; the wait does, so the caller's timeout
    /// ends the probe.
    /// </summary>
    public Task PingAsync(CancellationToken cancellationToken) =>
        RunAsync(database => database.PingAsync()).WaitAsync(cancellationToken);

    /// <summary>For the synchronous extension points of ASP.NET Core (the OpenID state format).</summary>
    public T Run<T>(Func<IDatabase, T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return RunAsync(database => Task.FromResult(work(database))).GetAwaiter().GetResult();
    }

    public void Dispose()
    {
        if (connection is { IsValueCreated: true })
        {
            // A connection still being made is closed as soon as it is made.
            connection.Value.ContinueWith(
                static connecting => connecting.Result.Dispose(),
                CancellationToken.None,
                TaskContinuationOptions.OnlyOnRanToCompletion | TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
        }
    }
}
