namespace Jyotishika.Server.Configuration;

/// <summary>Typed reads of single settings; every refusal names the setting and what it must be.</summary>
internal static class ConfigurationReader
{
    public static string? Text(IConfiguration configuration, string key) =>
        configuration[key] is { } text && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;

    public static int Integer(IConfiguration configuration, string key, int fallback, int min, int max)
    {
        var text = Text(configuration, key);
        if (text is null)
        {
            return fallback;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw new ConfigurationException($"Configuration {key}='{text}' must be a whole number from {min} to {max}.");
        }

        return value;
    }

    /// <summary>A duration set as a whole number of seconds, from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public static TimeSpan Seconds(IConfiguration configuration, string key, TimeSpan fallback, int min, int max) =>
        Whole(configuration, key, fallback, TimeSpan.FromSeconds(1), min, max);

    /// <summary>A duration set as a whole number of milliseconds.</summary>
    public static TimeSpan Milliseconds(IConfiguration configuration, string key, TimeSpan fallback, int min, int max) =>
        Whole(configuration, key, fallback, TimeSpan.FromMilliseconds(1), min, max);

    /// <summary>A duration set as a whole number of hours.</summary>
    public static TimeSpan Hours(IConfiguration configuration, string key, TimeSpan fallback, int min, int max) =>
        Whole(configuration, key, fallback, TimeSpan.FromHours(1), min, max);

    public static bool Boolean(IConfiguration configuration, string key, bool fallback)
    {
        var text = Text(configuration, key);
        return text?.ToUpperInvariant() switch
        {
            null => fallback,
            "TRUE" or "1" or "YES" or "ON" => true,
            "FALSE" or "0" or "NO" or "OFF" => false,
            _ => throw new ConfigurationException($"Configuration {key}='{text}' must be true or false."),
        };
    }

    /// <summary>An absolute http(s) URL without query or fragment, returned without a trailing slash.</summary>
    public static Uri? BaseUrl(IConfiguration configuration, string key)
    {
        var text = Text(configuration, key);
        if (text is null)
        {
            return null;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
            || !string.IsNullOrEmpty(url.Query) || !string.IsNullOrEmpty(url.Fragment) || !string.IsNullOrEmpty(url.UserInfo))
        {
            throw new ConfigurationException(
                $"Configuration {key}='{text}' must be an absolute http:// or https:// URL without user, query or fragment.");
        }

        return new Uri(url.GetLeftPart(UriPartial.Path).TrimEnd('/'));
    }

    private static TimeSpan Whole(IConfiguration configuration, string key, TimeSpan fallback, TimeSpan unit, int min, int max) =>
        unit * Integer(configuration, key, (int)(fallback / unit), min, max);
}
