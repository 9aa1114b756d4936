using StackExchange.Redis;

namespace Jyotishika.Server.Storage;

/// <summary>
/// The Redis connection (one multiplexer, reconnecting by itself), or none when REDIS_URL is not set. Every use goes
/// through <see cref="RunAsync{T}"/>, so a lost Redis surfaces as <see cref="StoreUnavailableException"/>.
/// </summary>
public sealed class RedisStore : IDisposable
{
    private readonly Lazy<ConnectionMultiplexer>? connection;

    public RedisStore(ConfigurationOptions? options)
    {
        if (options is not null)
        {
            connection = new Lazy<ConnectionMultiplexer>(() => ConnectionMultiplexer.Connect(options));
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

        try
        {
            return await work(connection.Value.GetDatabase()).ConfigureAwait(false);
        }
        catch (Exception failure) when (failure is RedisConnectionException or RedisTimeoutException or ObjectDisposedException)
        {
            throw new StoreUnavailableException("Redis", failure);
        }
    }

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
            connection.Value.Dispose();
        }
    }
}
