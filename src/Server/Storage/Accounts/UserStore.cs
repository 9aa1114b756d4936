using Dapper;

namespace Jyotishika.Server.Storage.Accounts;

/// <summary>Users who signed in and the allowlist (approved_users) that decides who gets a session.</summary>
public sealed class UserStore(Database database)
{
    public enum Approval
    {
        NotApproved,
        Deactivated,
        Approved,
    }

    /// <summary>Records the sign-in (creating or refreshing the user) and says whether the allowlist lets them in.</summary>
    public Task<(AuthenticatedUser User, Approval Approval)> RecordSignInAsync(
        string email, string? subject, string? name, string? pictureUrl, CancellationToken cancellationToken)
    {
        var normalized = EmailAddress.Normalize(email);
        return database.RunAsync(
            async connection =>
            {
                var user = await connection.QuerySingleAsync<UserRow>(new CommandDefinition(
                    """
                    INSERT INTO users AS u (email, google_subject, name, picture_url)
                    VALUES (@Email, @Subject, @Name, @Picture)
                    ON CONFLICT (email) DO UPDATE
                        SET google_subject = COALESCE(EXCLUDED.google_subject, u.google_subject),
                            name = CASE WHEN EXCLUDED.name = '' THEN u.name ELSE EXCLUDED.name END,
                            picture_url = CASE WHEN EXCLUDED.picture_url = '' THEN u.picture_url ELSE EXCLUDED.picture_url END
                    RETURNING id, email, name, picture_url AS PictureUrl
                    """,
                    new { Email = normalized, Subject = Clip(subject, 255), Name = Clip(name, 200) ?? string.Empty, Picture = Url(pictureUrl) },
                    cancellationToken: cancellationToken)).ConfigureAwait(false);
                var active = await connection.QuerySingleOrDefaultAsync<bool?>(new CommandDefinition(
                    "SELECT is_active FROM approved_users WHERE email = @Email", new { Email = normalized },
                    cancellationToken: cancellationToken)).ConfigureAwait(false);
                var approval = active switch
                {
                    null => Approval.NotApproved,
                    false => Approval.Deactivated,
                    true => Approval.Approved,
                };
                if (approval == Approval.Approved)
                {
                    await connection.ExecuteAsync(new CommandDefinition(
                        "UPDATE users SET last_login_at = now() WHERE id = @Id", new { user.Id },
                        cancellationToken: cancellationToken)).ConfigureAwait(false);
                }

                return (user.ToUser(), approval);
            },
            cancellationToken);
    }

    /// <summary>Whether the user is still on the allowlist and active (deactivation ends sessions and tokens).</summary>
    public Task<bool> IsActiveAsync(Guid userId, CancellationToken cancellationToken) =>
        database.RunAsync(
            connection => connection.ExecuteScalarAsync<bool>(new CommandDefinition(
                """
                SELECT EXISTS (SELECT 1 FROM users u JOIN approved_users a ON a.email = u.email WHERE u.id = @UserId AND a.is_active)
                """,
                new { UserId = userId },
                cancellationToken: cancellationToken)),
            cancellationToken);

    /// <summary>Development sign-in: puts the configured email on the allowlist unless an operator deactivated it.</summary>
    public Task EnsureApprovedAsync(string email, string note, CancellationToken cancellationToken) =>
        database.RunAsync(
            connection => connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO approved_users (email, note) VALUES (@Email, @Note) ON CONFLICT (email) DO NOTHING",
                new { Email = EmailAddress.Normalize(email), Note = note },
                cancellationToken: cancellationToken)),
            cancellationToken);

    private static string? Clip(string? text, int length) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Trim() is var trimmed && trimmed.Length > length ? trimmed[..length] : text.Trim();

    private static string Url(string? url) =>
        url is { Length: <= 2048 } && Uri.TryCreate(url, UriKind.Absolute, out var parsed) && parsed.Scheme == Uri.UriSchemeHttps ? url : string.Empty;

    private sealed record UserRow(Guid Id, string Email, string Name, string PictureUrl)
    {
        public AuthenticatedUser ToUser() => new(Id, Email, Name, PictureUrl);
    }
}
