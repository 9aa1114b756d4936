using Dapper;
using Npgsql;

namespace Jyotishika.Server.Storage.Postgres;

/// <summary>
/// Applies pending migrations, each in its own transaction together with its row in <c>schema_migrations</c>, so a
/// failed migration leaves the database as it was. An advisory lock serialises instances starting together.
/// </summary>
public sealed partial class MigrationRunner
{
    // Arbitrary constant: "jyotishika migrations" for pg_advisory_lock.
    private const long LockKey = 0x4A796F7469736869;

    private readonly Database database;
    private readonly ILogger<MigrationRunner> logger;
    private readonly IReadOnlyList<Migration> migrations;

    public MigrationRunner(Database database, ILogger<MigrationRunner> logger)
        : this(database, logger, Migration.All)
    {
    }

    /// <summary>With a chosen list: tests show what a failing migration leaves behind.</summary>
    internal MigrationRunner(Database database, ILogger<MigrationRunner> logger, IReadOnlyList<Migration> migrations)
    {
        this.database = database;
        this.logger = logger;
        this.migrations = migrations;
    }

    /// <summary>Applies what is pending and returns how many were applied (0 when up to date).</summary>
    public async Task<int> ApplyAsync(CancellationToken cancellationToken)
    {
        return await database.RunOnAnySchemaAsync(
            async connection =>
            {
                await connection.ExecuteAsync(new CommandDefinition(
                    "SELECT pg_advisory_lock(@LockKey)", new { LockKey }, cancellationToken: cancellationToken)).ConfigureAwait(false);
                try
                {
                    return await ApplyLockedAsync(connection, cancellationToken).ConfigureAwait(false);
                }
                finally
                {
                    await connection.ExecuteAsync(new CommandDefinition(
                        "SELECT pg_advisory_unlock(@LockKey)", new { LockKey }, cancellationToken: CancellationToken.None)).ConfigureAwait(false);
                }
            },
            cancellationToken).ConfigureAwait(false);
    }

    private async Task<int> ApplyLockedAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(
            """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version    integer     PRIMARY KEY,
                name       text        NOT NULL,
                checksum   text        NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now()
            )
            """,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        var applied = (await connection.QueryAsync<(int Version, string Checksum)>(new CommandDefinition(
            "SELECT version, checksum FROM schema_migrations", cancellationToken: cancellationToken)).ConfigureAwait(false))
            .ToDictionary(row => row.Version, row => row.Checksum);

        var count = 0;
        foreach (var migration in migrations)
        {
            if (applied.TryGetValue(migration.Version, out var checksum))
            {
                if (checksum != migration.Checksum)
                {
                    throw new InvalidOperationException(
                        $"Migration {migration.Version:D4}_{migration.Name} was changed after it was applied; add a new migration instead.");
                }

                continue;
            }

            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                // Row-level security binds the tables' owner too; a migration that moves data must see every row.
                await connection.ExecuteAsync(new CommandDefinition(
                    "SELECT set_config('app.maintenance', 'on', true)", transaction: transaction, cancellationToken: cancellationToken))
                    .ConfigureAwait(false);
                await connection.ExecuteAsync(new CommandDefinition(migration.Sql, transaction: transaction, cancellationToken: cancellationToken))
                    .ConfigureAwait(false);
                await connection.ExecuteAsync(new CommandDefinition(
                    "INSERT INTO schema_migrations (version, name, checksum) VALUES (@Version, @Name, @Checksum)",
                    new { migration.Version, migration.Name, migration.Checksum },
                    transaction,
                    cancellationToken: cancellationToken)).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            LogApplied(logger, migration.Version, migration.Name);
            count++;
        }

        return count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied database migration {Version:D4}_{Name}")]
    private static partial void LogApplied(ILogger logger, int version, string name);
}
