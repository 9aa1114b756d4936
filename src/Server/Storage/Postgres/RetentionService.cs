using Dapper;
using Npgsql;

namespace Jyotishika.Server.Storage.Postgres;

/// <summary>
/// Deletes accounts nobody has used for RETENTION_INACTIVE_DAYS and purges profiles deleted more than
/// RETENTION_DELETED_PROFILE_DAYS ago: at start-up, then every RETENTION_INTERVAL_HOURS. Deleting (rather than
/// anonymising, the older checklist's other option) honours the right to be forgotten and leaves nothing to re-identify:
/// the foreign keys cascade to tokens, profiles, charts and notes. Logs carry counts, never emails.
/// </summary>
public sealed partial class RetentionService(
    Database database, RetentionOptions options, TimeProvider time, ILogger<RetentionService> logger) : BackgroundService
{
    /// <summary>After a run PostgreSQL could not serve, the next try comes sooner than the interval.</summary>
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMinutes(5);

    /// <summary>A first run over years of backlog may delete many rows; it still finishes, in one transaction.</summary>
    private const int StatementTimeoutSeconds = 600;

    // Activity is the latest of creation, sign-in and API token use (GREATEST skips nulls): a program calling with a
    // token every day is an active user even if its owner has not signed in for years.
    private const string DeleteInactiveUsers =
        """
        DELETE FROM users AS u
        WHERE GREATEST(u.created_at, u.last_login_at, (SELECT max(t.last_used_at) FROM api_tokens AS t WHERE t.user_id = u.id))
              < @InactiveBefore
          AND NOT EXISTS (SELECT 1 FROM approved_users AS a WHERE a.email = u.email AND a.is_active)
        """;

    private const string PurgeDeletedProfiles = "DELETE FROM profiles WHERE NOT is_active AND deleted_at < @DeletedBefore";

    /// <summary>
    /// One run, in one transaction. Throws <see cref="StoreNotConfiguredException"/> without DATABASE_URL and
    /// <see cref="StoreUnavailableException"/> while PostgreSQL is unreachable.
    /// </summary>
    public async Task<RetentionResult> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var result = await database.RunAsync(
            connection => RemoveAsync(connection, now - options.InactiveUserAge, now - options.DeletedProfileAge, cancellationToken),
            cancellationToken).ConfigureAwait(false);
        LogRun(logger, result.InactiveUsersDeleted, result.DeletedProfilesPurged);
        return result;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!database.IsConfigured || !options.Enabled)
        {
            return;
        }

        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var ran = await TryRunAsync(stoppingToken).ConfigureAwait(false);
                await Task.Delay(ran ? options.Interval : Min(RetryDelay, options.Interval), time, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task<bool> TryRunAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RunOnceAsync(stoppingToken).ConfigureAwait(false);
            return true;
        }
        catch (StoreUnavailableException)
        {
            LogSkipped(logger, RetryDelay.TotalMinutes);
            return false;
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            // A failed run must not stop the server (a background service's exception would); the next one tries again.
            LogFailed(logger, failure);
            return false;
        }
    }

    private static async Task<RetentionResult> RemoveAsync(
        NpgsqlConnection connection, DateTimeOffset? inactiveBefore, DateTimeOffset? deletedBefore, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            // profiles, charts and notes FORCE row-level security; maintenance is the policies' one way to see every row.
            await ExecuteAsync("SELECT set_config('app.maintenance', 'on', true)", null).ConfigureAwait(false);
            var users = inactiveBefore is { } inactive
                ? await ExecuteAsync(DeleteInactiveUsers, new { InactiveBefore = inactive }).ConfigureAwait(false)
                : 0;
            var profiles = deletedBefore is { } deleted
                ? await ExecuteAsync(PurgeDeletedProfiles, new { DeletedBefore = deleted }).ConfigureAwait(false)
                : 0;
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return new RetentionResult(users, profiles);
        }

        Task<int> ExecuteAsync(string sql, object? parameters) => connection.ExecuteAsync(
            new CommandDefinition(sql, parameters, transaction, StatementTimeoutSeconds, cancellationToken: cancellationToken));
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention removed {Users} inactive users and {Profiles} deleted profiles")]
    private static partial void LogRun(ILogger logger, int users, int profiles);

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention skipped: PostgreSQL is not available; next try in {Minutes} minutes")]
    private static partial void LogSkipped(ILogger logger, double minutes);

    [LoggerMessage(Level = LogLevel.Error, Message = "Retention run failed; trying again later")]
    private static partial void LogFailed(ILogger logger, Exception failure);
}
