namespace Jyotishika.Server.Auth;

/// <summary>An API token as listed to its owner: never the secret.</summary>
public sealed record ApiTokenRecord(
    Guid Id, string Name, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, DateTimeOffset? ExpiresAt);
