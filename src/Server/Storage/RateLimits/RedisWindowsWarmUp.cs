namespace Jyotishika.Server.Storage.RateLimits;

/// <summary>
/// Starts the Redis connection for rate-limit counts before the server listens (hosted services start first), waiting
/// at most <see cref="RedisWindows.WarmUpTimeout"/>: a Redis that is down delays nothing further, it is counted around.
/// </summary>
internal sealed class RedisWindowsWarmUp(RedisWindows windows) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => windows.WarmUpAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
