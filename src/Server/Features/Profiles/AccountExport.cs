using Jyotishika.V1;

namespace Jyotishika.Server.Features.Profiles;

/// <summary>An account export as the contract's MyData.</summary>
public static class AccountExport
{
    public static MyData ToContract(AccountStore.Export export, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(export);
        var user = export.User;
        var data = new MyData
        {
            User = new User { Id = user.Id.ToString(), Email = user.Email, Name = user.Name, PictureUrl = user.PictureUrl },
            ExportTime = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(now),
            AccountCreateTime = ProfileMapping.Time(user.CreatedAt),
        };
        if (user.LastLoginAt is { } login)
        {
            data.LastLoginTime = ProfileMapping.Time(login);
        }

        data.Profiles.AddRange(export.Profiles.Select(ProfileMapping.ToContract));
        data.Charts.AddRange(export.Charts.Select(ProfileMapping.ToContract));
        data.Notes.AddRange(export.Notes.Select(ProfileMapping.ToContract));
        data.ApiTokens.AddRange(export.Tokens.Select(token => new ApiTokenRecord(
            token.Id, token.Name, token.Prefix, Utc(token.CreatedAt), Utc(token.LastUsedAt), Utc(token.ExpiresAt), Utc(token.RevokedAt)).ToContract()));
        return data;
    }

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    private static DateTimeOffset? Utc(DateTime? value) => value is { } v ? Utc(v) : null;
}
