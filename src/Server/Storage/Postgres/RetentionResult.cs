namespace Jyotishika.Server.Storage.Postgres;

/// <summary>What one retention run removed. Rows owned by those (tokens, profiles, charts, notes) went with them.</summary>
/// <param name="InactiveUsersDeleted">Accounts unused past RETENTION_INACTIVE_DAYS and not active on the allowlist.</param>
/// <param name="DeletedProfilesPurged">Profiles deleted more than RETENTION_DELETED_PROFILE_DAYS ago.</param>
public sealed record RetentionResult(int InactiveUsersDeleted, int DeletedProfilesPurged);
