namespace Jyotishika.Server.Configuration;

/// <summary>The chart result cache in Redis. It is used only when REDIS_URL is set; without Redis charts are computed.</summary>
public sealed record ChartCacheOptions
{
    /// <summary>
    /// CHART_CACHE_ENABLED. Default false: with the fast path a chart costs a few microseconds, less than one Redis round
    /// trip, so the cache only pays for the few calculations the fast path hands to the native library (bench/RESULTS.md).
    /// </summary>
    public bool Enabled { get; init; }

    /// <summary>
    /// CHART_CACHE_TTL_SECONDS, counted from the write. Default 30 days: results never go stale (the key names the code
    /// and ephemeris that made them), so the time to live only bounds the memory that charts nobody asks for hold.
    /// </summary>
    public TimeSpan TimeToLive { get; init; } = TimeSpan.FromDays(30);

    /// <summary>
    /// CHART_CACHE_READ_TIMEOUT_MS: how long a lookup may wait for Redis before the chart is computed instead. Default
    /// 50 ms, far above a healthy round trip (well under 1 ms) and still short next to what a caller notices.
    /// </summary>
    public TimeSpan ReadTimeout { get; init; } = TimeSpan.FromMilliseconds(50);

    public static ChartCacheOptions FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var defaults = new ChartCacheOptions();
        return new ChartCacheOptions
        {
            Enabled = ConfigurationReader.Boolean(configuration, "CHART_CACHE_ENABLED", defaults.Enabled),
            TimeToLive = ConfigurationReader.Seconds(configuration, "CHART_CACHE_TTL_SECONDS", defaults.TimeToLive, 1, 366 * 86400),
            ReadTimeout = ConfigurationReader.Milliseconds(configuration, "CHART_CACHE_READ_TIMEOUT_MS", defaults.ReadTimeout, 1, 10_000),
        };
    }
}
