using Npgsql;

namespace Jyotishika.Server.Storage;

/// <summary>PostgreSQL and Redis, and every repository over them. Either store may be unconfigured; calculations need neither.</summary>
public static class StorageSetup
{
    public static IServiceCollection AddStorage(this IServiceCollection services, StorageOptions storage, ChartCacheOptions chartCache)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(chartCache);
        services.AddSingleton(storage);
        services.AddSingleton<StoreOutageLog>();
        services.AddSingleton(provider => new Database(
            storage.Database is { } connection ? new NpgsqlDataSourceBuilder(connection.ConnectionString).Build() : null,
            provider.GetRequiredService<StoreOutageLog>()));
        services.AddSingleton(provider => new RedisStore(storage.Redis, provider.GetRequiredService<StoreOutageLog>()));
        if (storage.Redis is not null)
        {
            services.AddRedisKeyRing();
        }

        services.AddSingleton<DatabasePoolMetrics>();
        services.AddSingleton<MigrationRunner>();
        services.AddHostedService<DatabaseStartup>();

        services.AddSingleton(storage.Retention);
        services.AddSingleton<RetentionService>();
        services.AddHostedService(provider => provider.GetRequiredService<RetentionService>());

        services.AddSingleton<UserStore>();
        services.AddSingleton<SessionStore>();
        services.AddSingleton<ApiTokenStore>();
        services.AddSingleton<RedisStateDataFormat>();
        services.AddSingleton<ProfileStore>();
        services.AddSingleton<NoteStore>();
        services.AddSingleton<AccountStore>();
        services.AddSingleton<RedisWindows>();
        services.AddHostedService<RedisWindowsWarmUp>();

        services.AddSingleton(chartCache);
        services.AddSingleton<ChartCacheCounters>();
        services.AddSingleton<ChartCache>();
        return services;
    }
}
