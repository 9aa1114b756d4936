using Google.Protobuf.WellKnownTypes;
using Jyotishika.V1;

namespace Jyotishika.Server.Storage.Accounts;

/// <summary>An API token as shown to its owner: never the secret. <see cref="RevokedAt"/> is set only in exports.</summary>
public sealed record ApiTokenRecord(
    Guid Id, string Name, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, DateTimeOffset? ExpiresAt,
    DateTimeOffset? RevokedAt = null)
{
    public ApiToken ToContract()
    {
        var message = new ApiToken { Id = Id.ToString(), Name = Name, Prefix = Prefix, CreatedAt = Timestamp.FromDateTimeOffset(CreatedAt) };
        if (LastUsedAt is { } used)
        {
            message.LastUsedAt = Timestamp.FromDateTimeOffset(used);
        }

        if (ExpiresAt is { } expires)
        {
            message.ExpiresAt = Timestamp.FromDateTimeOffset(expires);
        }

        if (RevokedAt is { } revoked)
        {
            message.RevokeTime = Timestamp.FromDateTimeOffset(revoked);
        }

        return message;
    }
}
