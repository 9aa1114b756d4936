namespace Jyotishika.Server.Platform.Metrics;

/// <summary>
/// Prometheus metrics: what is counted, and GET /metrics. Every metric lives in a registry of this server's own rather
/// than prometheus-net's process-wide default, so two servers in one process (as in the tests) never mix their counts.
/// </summary>
public static class MetricsSetup
{
    public const string Path = "/metrics";

    public static void AddMetrics(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton(_ => Prometheus.Metrics.NewCustomRegistry());
        builder.Services.AddSingleton<ChartCalculationTimer>();
        builder.Services.AddSingleton<ScrapedMetrics, EphemerisPoolMetrics>();
        builder.Services.AddSingleton<ScrapedMetrics, ChartCacheMetrics>();
        builder.Services.AddSingleton<ScrapedMetrics, RateLimitMetrics>();
        builder.Services.AddSingleton<ScrapedMetrics, StreamMetrics>();
        builder.Services.AddSingleton<ScrapedMetrics, LogMetrics>();
        builder.Services.AddSingleton<ScrapedMetrics, StoreMetrics>();
        builder.Services.AddSingleton<ScrapedMetrics, SignInMetrics>();
    }

    /// <summary>After routing, so request metrics carry the route or RPC name.</summary>
    public static void UseRequestMetrics(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseHttpMetrics(RequestMetrics.Options(app.Services.GetRequiredService<CollectorRegistry>()));
    }

    /// <summary>GET /metrics: open to every caller and never rate limited, as Prometheus scrapes without credentials.</summary>
    public static void MapMetricsEndpoint(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var services = app.Services;
        var registry = services.GetRequiredService<CollectorRegistry>();
        foreach (var scraped in services.GetServices<ScrapedMetrics>())
        {
            scraped.Register(registry);
        }

        if (services.GetRequiredService<RedisStore>().IsConfigured)
        {
            ActiveSessionMetrics.Register(
                registry, services.GetRequiredService<Jyotishika.Server.Storage.Accounts.SessionStore>(), services.GetRequiredService<TimeProvider>(),
                services.GetRequiredService<ILogger<ActiveSessionMetrics>>());
        }

        services.GetRequiredService<DatabasePoolMetrics>();
        app.MapMetrics(Path, registry).AllowAnonymous().DisableRateLimiting();
    }
}
