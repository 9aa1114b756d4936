using Dapper;

namespace Jyotishika.Server.Storage.Accounts;

/// <summary>
/// Personal API tokens in PostgreSQL. The secret (<c>jyk_</c> + 256 random bits) is returned once at creation and
/// stored only as its SHA-256; authentication looks the hash up and checks revocation, expiry and the allowlist.
/// </summary>
public sealed class ApiTokenStore(Database database, TimeProvider time)
{
    public const string SecretPrefix = "jyk_";

    /// <summary>Enough for every script a person runs; a runaway client cannot fill the table.</summary>
    public const int MaxTokensPerUser = 50;

    public enum Verdict
    {
        Unknown,
        Expired,
        Deactivated,
        Valid,
    }

    public enum Creation
    {
        Created,
        LimitReached,
        AlreadyExpired,

        /// <summary>The account is no longer active on the allowlist (or is gone), as PostgreSQL says now.</summary>
        Deactivated,
    }

    public sealed record Caller(Guid TokenId, AuthenticatedUser User, DateTimeOffset? ExpiresAt);

    /// <summary>
    /// A new token and its secret, or why none was made (Token and Secret are then null). The allowlist is read here, in
    /// the creating transaction, rather than trusted from the session: a session re-reads it only every
    /// CallerAuthenticationHandler.AllowlistRecheck, and a deactivated account must not mint credentials meanwhile.
    /// </summary>
    public Task<(Creation Outcome, ApiTokenRecord? Token, string? Secret)> CreateAsync(
        Guid userId, string name, DateTimeOffset? expiresAt, CancellationToken cancellationToken)
    {
        var secret = SecretPrefix + SecretToken.New();
        return database.RunAsync<(Creation, ApiTokenRecord?, string?)>(
            async connection =>
            {
                var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                await using (transaction.ConfigureAwait(false))
                {
                    // The user's row lock serialises one user's creations so the limit holds; the share lock on their
                    // allowlist row makes a deactivation wait for this creation to commit (the token is then refused at
                    // its first use) rather than slip in between this check and the insert.
                    var active = await connection.ExecuteScalarAsync<bool?>(new CommandDefinition(
                        """
                        SELECT a.is_active FROM users u JOIN approved_users a ON a.email = u.email WHERE u.id = @UserId
                        FOR NO KEY UPDATE OF u FOR SHARE OF a
                        """,
                        new { UserId = userId }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
                    if (active is not true)
                    {
                        return (Creation.Deactivated, null, null);
                    }

                    var live = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
                        "SELECT count(*) FROM api_tokens WHERE user_id = @UserId AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())",
                        new { UserId = userId }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
                    if (live >= MaxTokensPerUser)
                    {
                        return (Creation.LimitReached, null, null);
                    }

                    // The caller checked the expiry against its own clock; CHECK (expires_at > created_at) compares it with
                    // this transaction's now(), which is later and may be another machine's. An expiry a moment ahead is
                    // decided here, as a refusal, rather than by a constraint violation.
                    if (expiresAt is { } at && !await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
                        "SELECT @ExpiresAt > now()", new { ExpiresAt = at.UtcDateTime }, transaction,
                        cancellationToken: cancellationToken)).ConfigureAwait(false))
                    {
                        return (Creation.AlreadyExpired, null, null);
                    }

                    var token = await connection.QuerySingleAsync<ListedRow>(new CommandDefinition(
                        """
                        INSERT INTO api_tokens (user_id, name, secret_hash, prefix, expires_at)
                        VALUES (@UserId, @Name, @Hash, @Prefix, @ExpiresAt)
                        RETURNING id, name, prefix, created_at AS CreatedAt, last_used_at AS LastUsedAt, expires_at AS ExpiresAt
                        """,
                        new { UserId = userId, Name = name, Hash = SecretToken.Hash(secret), Prefix = secret[..12], ExpiresAt = expiresAt?.UtcDateTime },
                        transaction,
                        cancellationToken: cancellationToken)).ConfigureAwait(false);
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                    return (Creation.Created, token.ToRecord(), secret);
                }
            },
            cancellationToken);
    }

    public Task<IReadOnlyList<ApiTokenRecord>> ListAsync(Guid userId, CancellationToken cancellationToken) =>
        database.RunAsync<IReadOnlyList<ApiTokenRecord>>(
            async connection => (await connection.QueryAsync<ListedRow>(new CommandDefinition(
                """
                SELECT id, name, prefix, created_at AS CreatedAt, last_used_at AS LastUsedAt, expires_at AS ExpiresAt
                FROM api_tokens WHERE user_id = @UserId AND revoked_at IS NULL ORDER BY created_at DESC, id
                """,
                new { UserId = userId },
                cancellationToken: cancellationToken)).ConfigureAwait(false)).Select(row => row.ToRecord()).ToList(),
            cancellationToken);

    /// <summary>Revokes the caller's own token; false when no such live token of theirs exists.</summary>
    public Task<bool> RevokeAsync(Guid userId, Guid tokenId, CancellationToken cancellationToken) =>
        database.RunAsync(
            async connection => await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE api_tokens SET revoked_at = now() WHERE id = @TokenId AND user_id = @UserId AND revoked_at IS NULL",
                new { TokenId = tokenId, UserId = userId },
                cancellationToken: cancellationToken)).ConfigureAwait(false) == 1,
            cancellationToken);

    /// <summary>Who a presented secret belongs to, if anyone, and whether it may be used now.</summary>
    public async Task<(Verdict Verdict, Caller? Caller)> AuthenticateAsync(string secret, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(secret);
        if (!secret.StartsWith(SecretPrefix, StringComparison.Ordinal) || !SecretToken.IsWellFormed(secret[SecretPrefix.Length..]))
        {
            return (Verdict.Unknown, null);
        }

        var row = await database.RunAsync(
            connection => connection.QuerySingleOrDefaultAsync<TokenRow>(new CommandDefinition(
                """
                SELECT t.id AS TokenId, u.id AS UserId, u.email, u.name, u.picture_url AS PictureUrl, t.expires_at AS ExpiresAt,
                       COALESCE(a.is_active, false) AS Active, t.last_used_at AS LastUsedAt
                FROM api_tokens t
                JOIN users u ON u.id = t.user_id
                LEFT JOIN approved_users a ON a.email = u.email
                WHERE t.secret_hash = @Hash AND t.revoked_at IS NULL
                """,
                new { Hash = SecretToken.Hash(secret) },
                cancellationToken: cancellationToken)),
            cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            return (Verdict.Unknown, null);
        }

        var now = time.GetUtcNow();
        if (row.ExpiresAt is { } expires && now >= Utc(expires))
        {
            return (Verdict.Expired, null);
        }

        if (!row.Active)
        {
            return (Verdict.Deactivated, null);
        }

        if (row.LastUsedAt is not { } used || now - Utc(used) > TimeSpan.FromMinutes(1))
        {
            await database.RunAsync(
                connection => connection.ExecuteAsync(new CommandDefinition(
                    "UPDATE api_tokens SET last_used_at = now() WHERE id = @TokenId", new { row.TokenId },
                    cancellationToken: cancellationToken)),
                cancellationToken).ConfigureAwait(false);
        }

        return (Verdict.Valid, new Caller(row.TokenId, new AuthenticatedUser(row.UserId, row.Email, row.Name, row.PictureUrl), Utc(row.ExpiresAt)));
    }

    // Npgsql reads timestamptz as UTC DateTime.
    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    private static DateTimeOffset? Utc(DateTime? value) => value is { } v ? Utc(v) : null;

    private sealed record TokenRow(
        Guid TokenId, Guid UserId, string Email, string Name, string PictureUrl, DateTime? ExpiresAt, bool Active, DateTime? LastUsedAt);

    private sealed record ListedRow(Guid Id, string Name, string Prefix, DateTime CreatedAt, DateTime? LastUsedAt, DateTime? ExpiresAt)
    {
        public ApiTokenRecord ToRecord() => new(Id, Name, Prefix, Utc(CreatedAt), Utc(LastUsedAt), Utc(ExpiresAt));
    }
}
