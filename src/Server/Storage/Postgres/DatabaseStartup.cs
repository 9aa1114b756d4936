namespace Jyotishika.Server.Storage.Postgres;

/// <summary>
/// Brings the schema up to date at start-up. If PostgreSQL is down the server starts anyway (calculations need no
/// database) and keeps trying in the background; until then storage calls answer UNAVAILABLE. A migration that
/// fails for any other reason stops the server: serving on a half-known schema would be worse.
/// </summary>
public sealed partial class DatabaseStartup(Database database, MigrationRunner migrations, ILogger<DatabaseStartup> logger) : BackgroundService
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(3);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!database.IsConfigured)
        {
            return;
        }

        if (await TryMigrateAsync(cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        await base.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested && !database.SchemaReady)
        {
            await Task.Delay(RetryDelay, stoppingToken).ConfigureAwait(false);
            await TryMigrateAsync(stoppingToken).ConfigureAwait(false);
        }
    }

    private async Task<bool> TryMigrateAsync(CancellationToken cancellationToken)
    {
        try
        {
            await migrations.ApplyAsync(cancellationToken).ConfigureAwait(false);
            database.SchemaReady = true;
            return true;
        }
        catch (StoreUnavailableException unavailable)
        {
            LogUnavailable(logger, unavailable.InnerException?.GetType().Name ?? "unknown");
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "PostgreSQL is not reachable ({Reason}); accounts answer UNAVAILABLE until it is, retrying")]
    private static partial void LogUnavailable(ILogger logger, string reason);
}
