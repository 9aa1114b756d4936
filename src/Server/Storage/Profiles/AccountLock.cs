using Dapper;
using Npgsql;

namespace Jyotishika.Server.Storage.Profiles;

/// <summary>
/// Serialises one account's creations, so that a quota count and the insert after it cannot interleave with another
/// request's: two creations at quota − 1 run one after the other, and the second counts the first's row.
/// </summary>
internal static class AccountLock
{
    /// <summary>
    /// Locks the user's row until the transaction ends; false when the account is gone. Run it as its own statement,
    /// before the count: under READ COMMITTED each statement reads a fresh snapshot, so a count issued after the lock is
    /// granted sees every row committed by the previous holder, whereas a count inside the locking statement would not.
    /// </summary>
    public static async Task<bool> TakeAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid userId, CancellationToken cancellationToken) =>
        // NO KEY UPDATE conflicts with itself (and with account deletion) but not with the KEY SHARE locks that other
        // tables' foreign-key checks take on the user row, so saving a chart meanwhile is not held up.
        await connection.ExecuteScalarAsync<bool?>(new CommandDefinition(
            "SELECT true FROM users WHERE id = @UserId FOR NO KEY UPDATE", new { UserId = userId }, transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false) ?? false;

    /// <summary>
    /// Whether the account already holds <paramref name="quota"/> rows, as <paramref name="countHeld"/> counts them; ask
    /// after <see cref="TakeAsync"/>, so that the count and the insert after it see no other creation in between.
    /// </summary>
    public static async Task<bool> QuotaReachedAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string countHeld, object parameters, int quota,
        CancellationToken cancellationToken) =>
        await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            countHeld, parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false) >= quota;
}
