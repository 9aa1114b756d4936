using StackExchange.Redis;

namespace Jyotishika.Server.Storage;

/// <summary>
/// REDIS_URL (<c>redis://[:password@]host:port[/db]</c>, <c>rediss://</c> for TLS) or the older system's
/// REDIS_HOST / REDIS_PORT / REDIS_PASSWORD / REDIS_DB / REDIS_SSL, as StackExchange.Redis options.
/// </summary>
public static class RedisUrl
{
    public static ConfigurationOptions? FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (ConfigurationReader.Text(configuration, "REDIS_URL") is { } url)
        {
            return Parse(url);
        }

        if (ConfigurationReader.Text(configuration, "REDIS_HOST") is not { } host)
        {
            return null;
        }

        var options = Defaults();
        options.EndPoints.Add(host, ConfigurationReader.Integer(configuration, "REDIS_PORT", 6379, 1, 65535));
        options.Password = ConfigurationReader.Text(configuration, "REDIS_PASSWORD");
        options.DefaultDatabase = ConfigurationReader.Integer(configuration, "REDIS_DB", 0, 0, 1023);
        options.Ssl = ConfigurationReader.Boolean(configuration, "REDIS_SSL", false);
        return options;
    }

    public static ConfigurationOptions Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || url.Scheme is not ("redis" or "rediss") || string.IsNullOrEmpty(url.Host))
        {
            // The value is not repeated: it may carry the password.
            throw new ConfigurationException("Configuration REDIS_URL must look like redis://[:password@]host:6379[/db] (rediss:// for TLS).");
        }

        var options = Defaults();
        options.EndPoints.Add(url.Host, url.IsDefaultPort || url.Port < 0 ? 6379 : url.Port);
        options.Ssl = url.Scheme == "rediss";
        var credentials = url.UserInfo.Split(':', 2);
        if (credentials.Length == 2)
        {
            options.User = credentials[0].Length > 0 ? Uri.UnescapeDataString(credentials[0]) : null;
            options.Password = Uri.UnescapeDataString(credentials[1]);
        }

        var path = url.AbsolutePath.Trim('/');
        if (path.Length > 0)
        {
            if (!int.TryParse(path, NumberStyles.None, CultureInfo.InvariantCulture, out var database) || database > 1023)
            {
                throw new ConfigurationException("Configuration REDIS_URL: the path must be a database number, as in redis://host:6379/0.");
            }

            options.DefaultDatabase = database;
        }

        return options;
    }

    /// <summary>
    /// Start without Redis and reconnect on our own; while disconnected, fail commands at once (no backlog) so callers
    /// get UNAVAILABLE immediately instead of after a timeout.
    /// </summary>
    private static ConfigurationOptions Defaults() => new()
    {
        AbortOnConnectFail = false,
        BacklogPolicy = BacklogPolicy.FailFast,
        ConnectTimeout = 2000,
        SyncTimeout = 2000,
        AsyncTimeout = 2000,
        ConnectRetry = 1,
        ClientName = "jyotishika",
        ReconnectRetryPolicy = new LinearRetry(1000),
    };
}
