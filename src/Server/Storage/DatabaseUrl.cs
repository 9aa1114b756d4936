using Npgsql;

namespace Jyotishika.Server.Storage;

/// <summary>
/// DATABASE_URL as the older system wrote it (<c>postgresql://user:pass@host:port/db?sslmode=require</c>), turned into
/// an Npgsql connection string; a plain Npgsql connection string is accepted as it is.
/// </summary>
public static class DatabaseUrl
{
    public static NpgsqlConnectionStringBuilder Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Contains("://", StringComparison.Ordinal))
        {
            try
            {
                return new NpgsqlConnectionStringBuilder(text);
            }
            catch (ArgumentException)
            {
                throw Invalid("is neither a postgresql:// URL nor an Npgsql connection string");
            }
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || url.Scheme is not ("postgresql" or "postgres"))
        {
            throw Invalid("must start with postgresql://");
        }

        var database = Uri.UnescapeDataString(url.AbsolutePath.TrimStart('/'));
        if (string.IsNullOrEmpty(url.Host) || database.Length == 0)
        {
            throw Invalid("must name a host and a database: postgresql://user:password@host:5432/database");
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = url.Host,
            Port = url.IsDefaultPort || url.Port < 0 ? 5432 : url.Port,
            Database = database,
        };
        var credentials = url.UserInfo.Split(':', 2);
        if (credentials[0].Length > 0)
        {
            builder.Username = Uri.UnescapeDataString(credentials[0]);
        }

        if (credentials.Length == 2)
        {
            builder.Password = Uri.UnescapeDataString(credentials[1]);
        }

        foreach (var pair in url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            var key = Uri.UnescapeDataString(parts[0]);
            var value = parts.Length == 2 ? Uri.UnescapeDataString(parts[1]) : string.Empty;
            try
            {
                builder[key.Equals("sslmode", StringComparison.OrdinalIgnoreCase) ? "SSL Mode" : key] = value;
            }
            catch (Exception failure) when (failure is ArgumentException or FormatException or InvalidCastException)
            {
                throw Invalid($"has an unknown or invalid parameter '{key}'");
            }
        }

        return builder;
    }

    // The message never repeats the value: it carries the password.
    private static ConfigurationException Invalid(string reason) => new($"Configuration DATABASE_URL {reason}.");
}
