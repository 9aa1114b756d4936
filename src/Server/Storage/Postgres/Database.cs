using System.Data.Common;
using Dapper;
using Npgsql;

namespace Jyotishika.Server.Storage.Postgres;

/// <summary>
/// The one PostgreSQL data source (pooled), or none when DATABASE_URL is not set. Connection failures surface as
/// <see cref="StoreUnavailableException"/>; errors PostgreSQL itself reports (constraints, SQL) pass through.
/// </summary>
public sealed class Database(NpgsqlDataSource? dataSource, StoreOutageLog? outages = null) : IAsyncDisposable
{
    /// <summary>The store's name in logs and metrics.</summary>
    public const string Name = "PostgreSQL";

    public bool IsConfigured => dataSource is not null;

    /// <summary>Set once the migrations are applied; until then storage calls answer UNAVAILABLE.</summary>
    public bool SchemaReady { get; internal set; }

    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var source = dataSource ?? throw new StoreNotConfiguredException("DATABASE_URL");
        try
        {
            return await source.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception failure) when (IsUnavailable(failure))
        {
            outages?.Unavailable(Name, failure);
            throw new StoreUnavailableException(Name, failure);
        }
    }

    /// <summary>Runs <paramref name="work"/> on an open connection, mapping a lost server to <see cref="StoreUnavailableException"/>.</summary>
    public Task<T> RunAsync<T>(Func<NpgsqlConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        if (IsConfigured && !SchemaReady)
        {
            throw new StoreUnavailableException(Name);
        }

        return RunOnAnySchemaAsync(work, cancellationToken);
    }

    /// <summary>Asks PostgreSQL for <c>SELECT 1</c>: the readiness probe's question.</summary>
    public Task PingAsync(CancellationToken cancellationToken) => RunAsync(
        connection => connection.ExecuteScalarAsync<int>(new CommandDefinition("SELECT 1", cancellationToken: cancellationToken)),
        cancellationToken);

    /// <summary>As <see cref="RunAsync{T}"/> without waiting for the schema: for the migrations themselves.</summary>
    internal async Task<T> RunOnAnySchemaAsync<T>(Func<NpgsqlConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            try
            {
                var result = await work(connection).ConfigureAwait(false);
                outages?.Available(Name);
                return result;
            }
            catch (Exception failure) when (IsUnavailable(failure))
            {
                outages?.Unavailable(Name, failure);
                throw new StoreUnavailableException(Name, failure);
            }
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction that names its user to row-level security (app.user_id), so
    /// even a query that forgot its user filter sees only that user's rows.
    /// </summary>
    public Task<T> RunAsUserAsync<T>(Guid userId, Func<NpgsqlConnection, NpgsqlTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        return RunAsync(
            async connection =>
            {
                var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                await using (transaction.ConfigureAwait(false))
                {
                    await connection.ExecuteAsync(new CommandDefinition(
                        "SELECT set_config('app.user_id', @UserId, true)", new { UserId = userId.ToString() }, transaction,
                        cancellationToken: cancellationToken)).ConfigureAwait(false);
                    var result = await work(connection, transaction).ConfigureAwait(false);
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                    return result;
                }
            },
            cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (dataSource is not null)
        {
            await dataSource.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>The server could not be reached or went away; a PostgresException is the server answering, so it is not.</summary>
    internal static bool IsUnavailable(Exception failure) => failure switch
    {
        PostgresException postgres => postgres.SqlState is "57P01" or "57P02" or "57P03" or "53300",
        NpgsqlException => true,
        DbException => false,
        System.Net.Sockets.SocketException or TimeoutException or IOException => true,
        _ => false,
    };
}
