using Dapper;

namespace Jyotishika.Server.Storage.Profiles;

/// <summary>Everything stored about one user, for export and for deleting the account.</summary>
public sealed class AccountStore(Database database)
{
    public sealed record UserRecord(Guid Id, string Email, string Name, string PictureUrl, DateTime CreatedAt, DateTime? LastLoginAt);

    public sealed record TokenRecord(
        Guid Id, string Name, string Prefix, DateTime CreatedAt, DateTime? LastUsedAt, DateTime? ExpiresAt, DateTime? RevokedAt);

    public sealed record Export(
        UserRecord User,
        IReadOnlyList<ProfileRecord> Profiles,
        IReadOnlyList<SavedChartRecord> Charts,
        IReadOnlyList<NoteRecord> Notes,
        IReadOnlyList<TokenRecord> Tokens);

    /// <summary>Every row of the user's, deleted-but-not-yet-purged profiles included; null when the user is gone.</summary>
    public Task<Export?> ExportAsync(Guid userId, CancellationToken cancellationToken) =>
        database.RunAsUserAsync<Export?>(
            userId,
            async (connection, transaction) =>
            {
                var parameters = new { UserId = userId };
                var user = await connection.QuerySingleOrDefaultAsync<UserRecord>(new CommandDefinition(
                    "SELECT id, email, name, picture_url AS PictureUrl, created_at AS CreatedAt, last_login_at AS LastLoginAt FROM users WHERE id = @UserId",
                    parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
                if (user is null)
                {
                    return null;
                }

                var profiles = await connection.QueryAsync<ProfileRecord>(new CommandDefinition(
                    """
                    SELECT id, name, place_name AS PlaceName, birth::text AS Birth, version, created_at AS CreatedAt, updated_at AS UpdatedAt,
                           deleted_at AS DeletedAt
                    FROM profiles WHERE user_id = @UserId ORDER BY created_at, id
                    """,
                    parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
                var charts = await connection.QueryAsync<SavedChartRecord>(new CommandDefinition(
                    """
                    SELECT profile_id AS ProfileId, result::text AS Result, engine_version AS EngineVersion, profile_version AS ProfileVersion,
                           created_at AS CreatedAt
                    FROM charts WHERE user_id = @UserId ORDER BY created_at, id
                    """,
                    parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
                var notes = await connection.QueryAsync<NoteRecord>(new CommandDefinition(
                    """
                    SELECT id, profile_id AS ProfileId, title, body, version, created_at AS CreatedAt, updated_at AS UpdatedAt
                    FROM notes WHERE user_id = @UserId ORDER BY created_at, id
                    """,
                    parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
                var tokens = await connection.QueryAsync<TokenRecord>(new CommandDefinition(
                    """
                    SELECT id, name, prefix, created_at AS CreatedAt, last_used_at AS LastUsedAt, expires_at AS ExpiresAt, revoked_at AS RevokedAt
                    FROM api_tokens WHERE user_id = @UserId ORDER BY created_at, id
                    """,
                    parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
                return new Export(user, profiles.ToList(), charts.ToList(), notes.ToList(), tokens.ToList());
            },
            cancellationToken);

    /// <summary>Deletes the user; their tokens, profiles, charts and notes go with them (ON DELETE CASCADE).</summary>
    public Task<bool> DeleteAsync(Guid userId, CancellationToken cancellationToken) =>
        database.RunAsUserAsync(
            userId,
            async (connection, transaction) => await connection.ExecuteAsync(new CommandDefinition(
                "DELETE FROM users WHERE id = @UserId", new { UserId = userId }, transaction, cancellationToken: cancellationToken))
                .ConfigureAwait(false) == 1,
            cancellationToken);
}
