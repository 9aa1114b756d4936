namespace Jyotishika.Server.Configuration;

/// <summary>Email handling shared by sign-in, the allowlist and logs.</summary>
public static class EmailAddress
{
    /// <summary>Lower-case and trimmed: the form stored in users and approved_users.</summary>
    public static string Normalize(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        return email.Trim().ToLowerInvariant();
    }

    public static bool LooksValid(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return email.Length is >= 3 and <= 320 && at > 0 && at == email.LastIndexOf('@') && at < email.Length - 1
            && !email.Any(char.IsWhiteSpace);
    }

    /// <summary>For logs: enough to recognise a support case ("a***@example.com"), not to harvest addresses.</summary>
    public static string Mask(string? email)
    {
        if (string.IsNullOrEmpty(email))
        {
            return "(none)";
        }

        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at <= 0 ? "***" : $"{email[0]}***{email[at..]}";
    }
}
