namespace Jyotishika.Server.Storage.Caching;

/// <summary>
/// Chart cache lookups since start-up, counted while the cache is in use (enabled and REDIS_URL set). A lookup Redis
/// could not answer in time counts as a miss: the chart was computed.
/// </summary>
public sealed class ChartCacheCounters
{
    private long hits;
    private long misses;

    public long Hits => Interlocked.Read(ref hits);

    public long Misses => Interlocked.Read(ref misses);

    internal void Hit() => Interlocked.Increment(ref hits);

    internal void Miss() => Interlocked.Increment(ref misses);
}
