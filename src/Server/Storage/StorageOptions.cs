using Npgsql;
using StackExchange.Redis;

namespace Jyotishika.Server.Storage;

/// <summary>
/// DATABASE_URL (+ pool sizes) and REDIS_URL; either may be absent, and calculations work without both. Also what is kept
/// there: retention periods and per-account quotas.
/// </summary>
public sealed record StorageOptions
{
    /// <summary>Null when DATABASE_URL is not set.</summary>
    public NpgsqlConnectionStringBuilder? Database { get; init; }

    /// <summary>Null when neither REDIS_URL nor REDIS_HOST is set.</summary>
    public ConfigurationOptions? Redis { get; init; }

    /// <summary>RETENTION_INACTIVE_DAYS, RETENTION_DELETED_PROFILE_DAYS, RETENTION_INTERVAL_HOURS.</summary>
    public RetentionOptions Retention { get; init; } = new();

    /// <summary>MAX_PROFILES_PER_USER, MAX_NOTES_PER_USER.</summary>
    public QuotaOptions Quotas { get; init; } = new();

    public static StorageOptions FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        NpgsqlConnectionStringBuilder? database = null;
        if (ConfigurationReader.Text(configuration, "DATABASE_URL") is { } url)
        {
            database = DatabaseUrl.Parse(url);
            database.MaxPoolSize = ConfigurationReader.Integer(configuration, "DATABASE_POOL_MAX", database.MaxPoolSize, 1, 1000);
            database.MinPoolSize = ConfigurationReader.Integer(configuration, "DATABASE_POOL_MIN", database.MinPoolSize, 0, database.MaxPoolSize);

            // Fail a call quickly when PostgreSQL is down instead of holding it for Npgsql's default 15 s.
            database.Timeout = ConfigurationReader.Integer(configuration, "DATABASE_CONNECT_TIMEOUT_SECONDS", 5, 1, 120);
            database.ApplicationName ??= "jyotishika";
        }

        return new StorageOptions
        {
            Database = database,
            Redis = RedisUrl.FromConfiguration(configuration),
            Retention = RetentionOptions.FromConfiguration(configuration),
            Quotas = QuotaOptions.FromConfiguration(configuration),
        };
    }
}
