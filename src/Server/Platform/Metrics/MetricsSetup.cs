using Jyotishika.Engine.Native;
using Jyotishika.Server.Platform.Observability;
using Jyotishika.Server.Platform.RateLimiting;
using Jyotishika.Server.Platform.Streaming;
using Jyotishika.Server.Storage;
using Jyotishika.Server.Storage.Accounts;
using Jyotishika.Server.Storage.Caching;
using Jyotishika.Server.Storage.Postgres;
using Jyotishika.Server.Storage.Redis;

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
        EphemerisPoolMetrics.Register(registry, services.GetRequiredService<EphemerisPool>());
        ChartCacheMetrics.Register(registry, services.GetRequiredService<ChartCacheCounters>());
        RateLimitMetrics.Register(registry, services.GetRequiredService<RateLimitCounters>());
        StreamMetrics.Register(registry, services.GetRequiredService<StreamCounters>());
        LogMetrics.Register(registry, services.GetRequiredService<LogFloodGuard>());
        StoreMetrics.Register(registry, services.GetRequiredService<StoreOutageLog>());
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
