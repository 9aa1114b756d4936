namespace Jyotishika.Server.Tests.Infrastructure;

/// <summary>
/// One PostgreSQL and one Redis for the whole test assembly, started on first use; each test server gets its own
/// database so tests never see each other's rows. Tests that take a store down start their own instead.
/// </summary>
public static class SharedServers
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static LocalPostgres? postgres;
    private static LocalRedis? redis;
    private static int databases;

    public static async Task<LocalPostgres> PostgresAsync()
    {
        await Gate.WaitAsync().ConfigureAwait(false);
        try
        {
            return postgres ??= await LocalPostgres.StartAsync().ConfigureAwait(false);
        }
        finally
        {
            Gate.Release();
        }
    }

    public static async Task<LocalRedis> RedisAsync()
    {
        await Gate.WaitAsync().ConfigureAwait(false);
        try
        {
            return redis ??= await LocalRedis.StartAsync().ConfigureAwait(false);
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>A fresh, empty database on the shared PostgreSQL, as a DATABASE_URL.</summary>
    public static async Task<string> NewDatabaseAsync()
    {
        var server = await PostgresAsync().ConfigureAwait(false);
        return await server.CreateDatabaseAsync($"jyotishika_test_{Interlocked.Increment(ref databases)}").ConfigureAwait(false);
    }

    /// <summary>
    /// As <see cref="NewDatabaseAsync"/>, plus the superuser's URL for the same database: it sees past row-level
    /// security, for tests that seed or inspect every user's rows.
    /// </summary>
    public static async Task<(string Url, string SuperuserUrl)> NewDatabaseWithSuperuserAsync()
    {
        var server = await PostgresAsync().ConfigureAwait(false);
        var name = $"jyotishika_test_{Interlocked.Increment(ref databases)}";
        return (await server.CreateDatabaseAsync(name).ConfigureAwait(false), server.SuperuserUrl(name));
    }

    public static async Task StopAllAsync()
    {
        if (postgres is not null)
        {
            await postgres.DisposeAsync().ConfigureAwait(false);
            postgres = null;
        }

        if (redis is not null)
        {
            await redis.DisposeAsync().ConfigureAwait(false);
            redis = null;
        }
    }
}
