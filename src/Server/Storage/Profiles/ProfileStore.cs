using Dapper;
using Npgsql;

namespace Jyotishika.Server.Storage.Profiles;

/// <summary>
/// Profiles and their saved charts. Every statement runs as the caller (row-level security) and filters by the caller
/// as well; a profile of another user is simply not found.
/// </summary>
public sealed class ProfileStore(Database database)
{
    private const string Columns =
        "id, name, place_name AS PlaceName, birth::text AS Birth, version, created_at AS CreatedAt, updated_at AS UpdatedAt, deleted_at AS DeletedAt";

    /// <summary>
    /// Stores a new profile and its chart unless the caller already has <paramref name="quota"/> profiles (deleted
    /// ones not counted); the quota is counted under <see cref="AccountLock"/>, so concurrent creations cannot overshoot it.
    /// </summary>
    public Task<(CreateOutcome Outcome, ProfileRecord? Profile)> CreateAsync(
        Guid userId, string name, string placeName, string birth, string chart, string engineVersion, int quota,
        CancellationToken cancellationToken) =>
        database.RunAsUserAsync<(CreateOutcome, ProfileRecord?)>(
            userId,
            async (connection, transaction) =>
            {
                if (!await AccountLock.TakeAsync(connection, transaction, userId, cancellationToken).ConfigureAwait(false))
                {
                    return (CreateOutcome.NotFound, null);
                }

                if (await AccountLock.QuotaReachedAsync(
                    connection, transaction, "SELECT count(*) FROM profiles WHERE user_id = @UserId AND is_active",
                    new { UserId = userId }, quota, cancellationToken).ConfigureAwait(false))
                {
                    return (CreateOutcome.QuotaReached, null);
                }

                var profile = await connection.QuerySingleAsync<ProfileRecord>(new CommandDefinition(
                    $"""
                    INSERT INTO profiles (user_id, name, place_name, birth) VALUES (@UserId, @Name, @PlaceName, @Birth::jsonb)
                    RETURNING {Columns}
                    """,
                    new { UserId = userId, Name = name, PlaceName = placeName, Birth = birth }, transaction,
                    cancellationToken: cancellationToken)).ConfigureAwait(false);
                await SaveChartAsync(connection, transaction, userId, profile.Id, profile.Version, chart, engineVersion, cancellationToken)
                    .ConfigureAwait(false);
                return (CreateOutcome.Created, profile);
            },
            cancellationToken);

    public Task<ProfileRecord?> FindAsync(Guid userId, Guid profileId, CancellationToken cancellationToken) =>
        database.RunAsUserAsync(
            userId,
            (connection, transaction) => connection.QuerySingleOrDefaultAsync<ProfileRecord>(new CommandDefinition(
                $"SELECT {Columns} FROM profiles WHERE id = @ProfileId AND user_id = @UserId AND is_active",
                new { ProfileId = profileId, UserId = userId }, transaction, cancellationToken: cancellationToken)),
            cancellationToken);

    /// <summary>Newest first, after the <paramref name="after"/> position; one row more than asked tells if a page follows.</summary>
    public Task<IReadOnlyList<ProfileRecord>> ListAsync(Guid userId, PagePosition? after, int size, CancellationToken cancellationToken) =>
        database.RunAsUserAsync<IReadOnlyList<ProfileRecord>>(
            userId,
            async (connection, transaction) => (await connection.QueryAsync<ProfileRecord>(new CommandDefinition(
                $"""
                SELECT {Columns} FROM profiles
                WHERE user_id = @UserId AND is_active AND (@First OR (created_at, id) < (@CreatedAt, @Id))
                ORDER BY created_at DESC, id DESC LIMIT @Limit
                """,
                new { UserId = userId, First = after is null, CreatedAt = after?.CreatedAt ?? DateTime.UnixEpoch, Id = after?.Id ?? Guid.Empty, Limit = size + 1 },
                transaction,
                cancellationToken: cancellationToken)).ConfigureAwait(false)).ToList(),
            cancellationToken);

    /// <summary>
    /// Writes the new values if the stored version is <paramref name="expectedVersion"/>, and the chart computed for
    /// them (null when the birth did not change: the saved chart stays valid and is carried to the new version).
    /// </summary>
    public Task<(UpdateOutcome Outcome, ProfileRecord? Profile)> UpdateAsync(
        Guid userId, Guid profileId, int expectedVersion, string name, string placeName, string birth, string? chart, string engineVersion,
        CancellationToken cancellationToken) =>
        database.RunAsUserAsync<(UpdateOutcome, ProfileRecord?)>(
            userId,
            async (connection, transaction) =>
            {
                var updated = await connection.QuerySingleOrDefaultAsync<ProfileRecord>(new CommandDefinition(
                    $"""
                    UPDATE profiles SET name = @Name, place_name = @PlaceName, birth = @Birth::jsonb, version = version + 1, updated_at = now()
                    WHERE id = @ProfileId AND user_id = @UserId AND is_active AND version = @ExpectedVersion
                    RETURNING {Columns}
                    """,
                    new { ProfileId = profileId, UserId = userId, ExpectedVersion = expectedVersion, Name = name, PlaceName = placeName, Birth = birth },
                    transaction,
                    cancellationToken: cancellationToken)).ConfigureAwait(false);
                if (updated is null)
                {
                    var exists = await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
                        "SELECT EXISTS (SELECT 1 FROM profiles WHERE id = @ProfileId AND user_id = @UserId AND is_active)",
                        new { ProfileId = profileId, UserId = userId }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
                    return (exists ? UpdateOutcome.VersionConflict : UpdateOutcome.NotFound, null);
                }

                if (chart is not null)
                {
                    await SaveChartAsync(connection, transaction, userId, profileId, updated.Version, chart, engineVersion, cancellationToken)
                        .ConfigureAwait(false);
                }
                else
                {
                    await connection.ExecuteAsync(new CommandDefinition(
                        "UPDATE charts SET profile_version = @Version WHERE profile_id = @ProfileId AND user_id = @UserId AND profile_version = @ExpectedVersion",
                        new { updated.Version, ProfileId = profileId, UserId = userId, ExpectedVersion = expectedVersion }, transaction,
                        cancellationToken: cancellationToken)).ConfigureAwait(false);
                }

                return (UpdateOutcome.Updated, updated);
            },
            cancellationToken);

    /// <summary>Soft delete: gone for the user now, purged by the retention job later. False when there was none.</summary>
    public Task<bool> DeleteAsync(Guid userId, Guid profileId, CancellationToken cancellationToken) =>
        database.RunAsUserAsync(
            userId,
            async (connection, transaction) => await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE profiles SET is_active = false, deleted_at = now() WHERE id = @ProfileId AND user_id = @UserId AND is_active",
                new { ProfileId = profileId, UserId = userId }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false) == 1,
            cancellationToken);

    /// <summary>The profile with its saved chart (null when none was saved), or null when there is no such profile.</summary>
    public Task<(ProfileRecord Profile, SavedChartRecord? Chart)?> FindWithChartAsync(Guid userId, Guid profileId, CancellationToken cancellationToken) =>
        database.RunAsUserAsync<(ProfileRecord, SavedChartRecord?)?>(
            userId,
            async (connection, transaction) =>
            {
                var profile = await connection.QuerySingleOrDefaultAsync<ProfileRecord>(new CommandDefinition(
                    $"SELECT {Columns} FROM profiles WHERE id = @ProfileId AND user_id = @UserId AND is_active",
                    new { ProfileId = profileId, UserId = userId }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
                if (profile is null)
                {
                    return null;
                }

                var chart = await connection.QuerySingleOrDefaultAsync<SavedChartRecord>(new CommandDefinition(
                    """
                    SELECT profile_id AS ProfileId, result::text AS Result, engine_version AS EngineVersion, profile_version AS ProfileVersion,
                           created_at AS CreatedAt
                    FROM charts WHERE profile_id = @ProfileId AND user_id = @UserId
                    """,
                    new { ProfileId = profileId, UserId = userId }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
                return (profile, chart);
            },
            cancellationToken);

    /// <summary>Saves a recomputed chart unless the profile moved on meanwhile (then the newer one wins).</summary>
    public Task SaveChartAsync(Guid userId, Guid profileId, int profileVersion, string chart, string engineVersion, CancellationToken cancellationToken) =>
        database.RunAsUserAsync(
            userId,
            async (connection, transaction) =>
            {
                await SaveChartAsync(connection, transaction, userId, profileId, profileVersion, chart, engineVersion, cancellationToken)
                    .ConfigureAwait(false);
                return true;
            },
            cancellationToken);

    private static Task SaveChartAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid userId, Guid profileId, int profileVersion, string chart,
        string engineVersion, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO charts (profile_id, user_id, result, engine_version, profile_version)
            SELECT @ProfileId, @UserId, @Result::jsonb, @EngineVersion, @ProfileVersion
            WHERE EXISTS (SELECT 1 FROM profiles WHERE id = @ProfileId AND user_id = @UserId AND version = @ProfileVersion)
            ON CONFLICT (profile_id) DO UPDATE
                SET result = EXCLUDED.result, engine_version = EXCLUDED.engine_version,
                    profile_version = EXCLUDED.profile_version, created_at = now()
                WHERE charts.profile_version <= EXCLUDED.profile_version
            """,
            new { ProfileId = profileId, UserId = userId, Result = chart, EngineVersion = engineVersion, ProfileVersion = profileVersion },
            transaction,
            cancellationToken: cancellationToken));
}
