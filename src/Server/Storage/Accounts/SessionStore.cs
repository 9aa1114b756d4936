using StackExchange.Redis;

namespace Jyotishika.Server.Storage.Accounts;

/// <summary>
/// Browser sessions in Redis under the SHA-256 of their id (a copy of Redis does not hand out live sessions). Each
/// read slides the idle timeout; the absolute lifetime stored with the session is never extended.
/// </summary>
public sealed class SessionStore(RedisStore redis, AuthOptions options, TimeProvider time)
{
    private const string KeyPrefix = RedisKeys.Session;

    // Per user, the hashed keys of their sessions: deleting an account ends every session it has.
    private const string UserIndexPrefix = RedisKeys.UserSessions;

    /// <summary>Keys SCAN examines per round trip while counting.</summary>
    private const int CountPageSize = 1000;

    /// <summary>
    /// Live sessions, counted by SCAN over the session keys (no counter is kept: the keys expire by themselves). SCAN
    /// walks the whole keyspace, chart cache entries too, so callers count rarely and within a budget.
    /// </summary>
    public async Task<long> CountAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await redis.RunAsync(database => CountKeysAsync(database, cancellationToken)).ConfigureAwait(false);
        }
        catch (RedisException failure)
        {
            // An error answer (not an outage, which RedisStore reports itself): to the caller, the count is unavailable.
            throw new StoreUnavailableException("Redis", failure);
        }
    }

    private static async Task<long> CountKeysAsync(IDatabase database, CancellationToken cancellationToken)
    {
        var count = 0L;
        RedisValue cursor = 0;
        do
        {
            var page = (RedisResult[])(await database.ExecuteAsync("SCAN", cursor, "MATCH", KeyPrefix + "*", "COUNT", CountPageSize)
                .WaitAsync(cancellationToken).ConfigureAwait(false))!;
            cursor = (RedisValue)page[0];
            count += ((RedisResult[])page[1]!)!.Length;
        }
        while (cursor != 0);

        return count;
    }

    public async Task<(string Id, UserSession Session)> CreateAsync(AuthenticatedUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var now = time.GetUtcNow();
        var session = new UserSession(user.Id, user.Email, user.Name, user.PictureUrl, now, now + options.SessionAbsoluteLifetime, now);
        var id = SecretToken.New();
        var ttl = Min(options.SessionIdleTimeout, options.SessionAbsoluteLifetime);
        var key = Key(id);
        var index = (RedisKey)(UserIndexPrefix + user.Id.ToString("N"));
        await redis.RunAsync(async database =>
        {
            var transaction = database.CreateTransaction();
            _ = transaction.StringSetAsync(key, Serialize(session), ttl);
            _ = transaction.SetAddAsync(index, key.ToString());
            _ = transaction.KeyExpireAsync(index, options.SessionAbsoluteLifetime);
            return await transaction.ExecuteAsync().ConfigureAwait(false);
        }).ConfigureAwait(false);
        return (id, session);
    }

    /// <summary>The live session for an id, or null (unknown, malformed, idle too long or past its absolute end).</summary>
    public async Task<UserSession?> FindAsync(string? id)
    {
        if (!SecretToken.IsWellFormed(id))
        {
            return null;
        }

        var value = await redis.RunAsync(database => database.StringGetSetExpiryAsync(Key(id!), options.SessionIdleTimeout)).ConfigureAwait(false);
        if (value.IsNullOrEmpty)
        {
            return null;
        }

        var session = JsonSerializer.Deserialize<UserSession>((byte[])value!);
        var now = time.GetUtcNow();
        if (session is null || now >= session.ExpiresAt)
        {
            await DeleteAsync(id).ConfigureAwait(false);
            return null;
        }

        var remaining = session.ExpiresAt - now;
        if (remaining < options.SessionIdleTimeout)
        {
            await redis.RunAsync(database => database.KeyExpireAsync(Key(id!), remaining)).ConfigureAwait(false);
        }

        return session;
    }

    /// <summary>Records that the allowlist was checked again, keeping the session's time to live.</summary>
    public Task MarkVerifiedAsync(string id, UserSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var verified = session with { VerifiedAt = time.GetUtcNow() };
        return redis.RunAsync(database => database.StringSetAsync(Key(id), Serialize(verified), expiry: null, keepTtl: true, when: When.Exists));
    }

    /// <summary>Ends a session; false when there was none.</summary>
    public async Task<bool> DeleteAsync(string? id) =>
        SecretToken.IsWellFormed(id) && await redis.RunAsync(database => database.KeyDeleteAsync(Key(id!))).ConfigureAwait(false);

    /// <summary>Ends every session of a user (account deletion).</summary>
    public Task DeleteAllAsync(Guid userId)
    {
        var index = (RedisKey)(UserIndexPrefix + userId.ToString("N"));
        return redis.RunAsync(async database =>
        {
            var keys = await database.SetMembersAsync(index).ConfigureAwait(false);
            return await database.KeyDeleteAsync([.. keys.Select(key => (RedisKey)key.ToString()), index]).ConfigureAwait(false);
        });
    }

    private static RedisKey Key(string id) => KeyPrefix + SecretToken.HashHex(id);

    private static byte[] Serialize(UserSession session) => JsonSerializer.SerializeToUtf8Bytes(session);

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
