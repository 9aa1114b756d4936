using Jyotishika.Server.Caching;
using Jyotishika.Server.Configuration;
using Jyotishika.Server.Services;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>The chart result cache in Redis (CHART_CACHE_*); it needs the RedisStore that AddJyotishikaStorage adds.</summary>
public static class JyotishikaChartCacheServiceCollectionExtensions
{
    public static IServiceCollection AddJyotishikaChartCache(this IServiceCollection services, ChartCacheOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton(options);
        services.AddSingleton<ChartCacheCounters>();
        services.AddSingleton(provider => new ChartCacheKey(provider.GetRequiredService<EphemerisDescription>().Text));
        services.AddSingleton<ChartCache>();
        return services;
    }
}
