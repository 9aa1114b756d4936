namespace Jyotishika.Server.Storage.Accounts;

/// <summary>
/// What Redis keeps for a browser session. <see cref="ExpiresAt"/> is the absolute end, checked on every read;
/// <see cref="VerifiedAt"/> is when the allowlist was last consulted for this user.
/// </summary>
public sealed record UserSession(
    Guid UserId,
    string Email,
    string Name,
    string PictureUrl,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset VerifiedAt)
{
    public AuthenticatedUser User => new(UserId, Email, Name, PictureUrl);
}
