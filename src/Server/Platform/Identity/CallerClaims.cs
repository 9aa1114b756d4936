using System.Security.Claims;
using Jyotishika.V1;

namespace Jyotishika.Server.Platform.Identity;

/// <summary>How an authenticated caller is written into, and read back from, the request's ClaimsPrincipal.</summary>
public static class CallerClaims
{
    public const string UserId = "sub";
    public const string Email = "email";
    public const string Name = "name";
    public const string Picture = "picture";
    public const string Method = "auth_method";
    public const string ExpiresAt = "credential_expires_at";

    public static ClaimsPrincipal Create(AuthenticatedUser user, AuthMethod method, DateTimeOffset? expiresAt, string scheme)
    {
        ArgumentNullException.ThrowIfNull(user);
        var claims = new List<Claim>
        {
            new(UserId, user.Id.ToString()),
            new(Email, user.Email),
            new(Name, user.Name),
            new(Picture, user.PictureUrl),
            new(Method, method.ToString()),
        };
        if (expiresAt is { } expires)
        {
            claims.Add(new Claim(ExpiresAt, expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, Email, null));
    }

    public static AuthenticatedUser? User(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Identity?.IsAuthenticated != true || !Guid.TryParse(principal.FindFirstValue(UserId), out var id))
        {
            return null;
        }

        return new AuthenticatedUser(
            id,
            principal.FindFirstValue(Email) ?? string.Empty,
            principal.FindFirstValue(Name) ?? string.Empty,
            principal.FindFirstValue(Picture) ?? string.Empty);
    }

    public static AuthMethod AuthMethodOf(ClaimsPrincipal principal) =>
        Enum.TryParse<AuthMethod>(principal?.FindFirstValue(Method), out var method) ? method : AuthMethod.Unspecified;

    public static DateTimeOffset? CredentialExpiresAt(ClaimsPrincipal principal) =>
        long.TryParse(principal?.FindFirstValue(ExpiresAt), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
}
