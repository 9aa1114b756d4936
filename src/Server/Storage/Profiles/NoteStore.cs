using Dapper;

namespace Jyotishika.Server.Storage.Profiles;

/// <summary>Notes on a profile, scoped to the caller like <see cref="ProfileStore"/>; a deleted profile's notes are gone with it.</summary>
public sealed class NoteStore(Database database)
{
    private const string Columns =
        "n.id, n.profile_id AS ProfileId, n.title, n.body, n.version, n.created_at AS CreatedAt, n.updated_at AS UpdatedAt";

    /// <summary>The caller's notes that count against the quota: those on profiles not deleted.</summary>
    private const string CountHeld =
        "SELECT count(*) FROM notes n JOIN profiles p ON p.id = n.profile_id WHERE n.user_id = @UserId AND p.is_active";

    /// <summary>
    /// Adds a note to the caller's profile unless the caller already has <paramref name="quota"/> notes (on profiles
    /// not deleted); counted under <see cref="AccountLock"/>, so concurrent creations cannot overshoot it.
    /// </summary>
    public Task<(CreateOutcome Outcome, NoteRecord? Note)> CreateAsync(
        Guid userId, Guid profileId, string title, string body, int quota, CancellationToken cancellationToken) =>
        database.RunAsUserAsync<(CreateOutcome, NoteRecord?)>(
            userId,
            async (connection, transaction) =>
            {
                var parameters = new { ProfileId = profileId, UserId = userId, Title = title, Body = body };
                if (!await AccountLock.TakeAsync(connection, transaction, userId, cancellationToken).ConfigureAwait(false)
                    || !await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
                        "SELECT EXISTS (SELECT 1 FROM profiles WHERE id = @ProfileId AND user_id = @UserId AND is_active)",
                        parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false))
                {
                    return (CreateOutcome.NotFound, null);
                }

                if (await AccountLock.QuotaReachedAsync(connection, transaction, CountHeld, parameters, quota, cancellationToken)
                    .ConfigureAwait(false))
                {
                    return (CreateOutcome.QuotaReached, null);
                }

                // Still conditional on the profile: a deletion committed since the check above must not gain a note.
                var note = await connection.QuerySingleOrDefaultAsync<NoteRecord>(new CommandDefinition(
                    $"""
                    INSERT INTO notes AS n (profile_id, user_id, title, body)
                    SELECT p.id, p.user_id, @Title, @Body FROM profiles p WHERE p.id = @ProfileId AND p.user_id = @UserId AND p.is_active
                    RETURNING {Columns}
                    """,
                    parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
                return note is null ? (CreateOutcome.NotFound, null) : (CreateOutcome.Created, note);
            },
            cancellationToken);

    public Task<NoteRecord?> FindAsync(Guid userId, Guid noteId, CancellationToken cancellationToken) =>
        database.RunAsUserAsync(
            userId,
            (connection, transaction) => connection.QuerySingleOrDefaultAsync<NoteRecord>(new CommandDefinition(
                $"""
                SELECT {Columns} FROM notes n JOIN profiles p ON p.id = n.profile_id
                WHERE n.id = @NoteId AND n.user_id = @UserId AND p.is_active
                """,
                new { NoteId = noteId, UserId = userId }, transaction, cancellationToken: cancellationToken)),
            cancellationToken);

    /// <summary>Null when the profile is not the caller's; otherwise newest first after <paramref name="after"/>, one extra row.</summary>
    public Task<IReadOnlyList<NoteRecord>?> ListAsync(
        Guid userId, Guid profileId, PagePosition? after, int size, CancellationToken cancellationToken) =>
        database.RunAsUserAsync<IReadOnlyList<NoteRecord>?>(
            userId,
            async (connection, transaction) =>
            {
                var owned = await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
                    "SELECT EXISTS (SELECT 1 FROM profiles WHERE id = @ProfileId AND user_id = @UserId AND is_active)",
                    new { ProfileId = profileId, UserId = userId }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
                if (!owned)
                {
                    return null;
                }

                return (await connection.QueryAsync<NoteRecord>(new CommandDefinition(
                    $"""
                    SELECT {Columns} FROM notes n
                    WHERE n.profile_id = @ProfileId AND n.user_id = @UserId AND (@First OR (n.created_at, n.id) < (@CreatedAt, @Id))
                    ORDER BY n.created_at DESC, n.id DESC LIMIT @Limit
                    """,
                    new
                    {
                        ProfileId = profileId, UserId = userId, First = after is null,
                        CreatedAt = after?.CreatedAt ?? DateTime.UnixEpoch, Id = after?.Id ?? Guid.Empty, Limit = size + 1,
                    },
                    transaction,
                    cancellationToken: cancellationToken)).ConfigureAwait(false)).ToList();
            },
            cancellationToken);

    public Task<(UpdateOutcome Outcome, NoteRecord? Note)> UpdateAsync(
        Guid userId, Guid noteId, int expectedVersion, string title, string body, CancellationToken cancellationToken) =>
        database.RunAsUserAsync<(UpdateOutcome, NoteRecord?)>(
            userId,
            async (connection, transaction) =>
            {
                var updated = await connection.QuerySingleOrDefaultAsync<NoteRecord>(new CommandDefinition(
                    $"""
                    UPDATE notes n SET title = @Title, body = @Body, version = n.version + 1, updated_at = now()
                    FROM profiles p
                    WHERE n.id = @NoteId AND n.user_id = @UserId AND n.version = @ExpectedVersion AND p.id = n.profile_id AND p.is_active
                    RETURNING {Columns}
                    """,
                    new { NoteId = noteId, UserId = userId, ExpectedVersion = expectedVersion, Title = title, Body = body }, transaction,
                    cancellationToken: cancellationToken)).ConfigureAwait(false);
                if (updated is not null)
                {
                    return (UpdateOutcome.Updated, updated);
                }

                var exists = await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
                    "SELECT EXISTS (SELECT 1 FROM notes n JOIN profiles p ON p.id = n.profile_id WHERE n.id = @NoteId AND n.user_id = @UserId AND p.is_active)",
                    new { NoteId = noteId, UserId = userId }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
                return (exists ? UpdateOutcome.VersionConflict : UpdateOutcome.NotFound, null);
            },
            cancellationToken);

    public Task<bool> DeleteAsync(Guid userId, Guid noteId, CancellationToken cancellationToken) =>
        database.RunAsUserAsync(
            userId,
            async (connection, transaction) => await connection.ExecuteAsync(new CommandDefinition(
                """
                DELETE FROM notes n USING profiles p
                WHERE n.id = @NoteId AND n.user_id = @UserId AND p.id = n.profile_id AND p.is_active
                """,
                new { NoteId = noteId, UserId = userId }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false) == 1,
            cancellationToken);
}
