namespace Jyotishika.Server.Configuration;

/// <summary>Sign-in, sessions and who may call what. Read from the older system's environment names where it had them.</summary>
public sealed record AuthOptions
{
    public const string DefaultGoogleIssuer = "https://accounts.google.com";

    /// <summary>GOOGLE_CLIENT_ID / GOOGLE_CLIENT_SECRET; Google sign-in is off without them.</summary>
    public string? GoogleClientId { get; init; }

    public string? GoogleClientSecret { get; init; }

    /// <summary>GOOGLE_ISSUER: the OpenID issuer, discovered at /.well-known/openid-configuration. Default Google.</summary>
    public Uri GoogleIssuer { get; init; } = new(DefaultGoogleIssuer);

    /// <summary>APP_BASE_URL: this server's public URL, for the callback address given to Google. Default: the request's own.</summary>
    public Uri? AppBaseUrl { get; init; }

    /// <summary>FRONTEND_BASE_URL: where browsers land after sign-in. Default: APP_BASE_URL, else this server's root.</summary>
    public Uri? FrontendBaseUrl { get; init; }

    /// <summary>ALLOWED_ORIGINS (comma-separated): other browser origins whose state-changing requests may use the cookie.</summary>
    public IReadOnlyList<Uri> TrustedOrigins { get; init; } = [];

    /// <summary>SESSION_TTL_SECONDS: a session unused this long ends. Default 3 days.</summary>
    public TimeSpan SessionIdleTimeout { get; init; } = TimeSpan.FromDays(3);

    /// <summary>SESSION_ABSOLUTE_LIFETIME_SECONDS: no session outlives this, however active. Default 14 days.</summary>
    public TimeSpan SessionAbsoluteLifetime { get; init; } = TimeSpan.FromDays(14);

    /// <summary>SESSION_COOKIE_SECURE: default true in Production (browsers then send the cookie over HTTPS only).</summary>
    public bool CookieSecure { get; init; }

    /// <summary>SESSION_COOKIE_SAMESITE: Lax (default), Strict, or None for a frontend on another site (needs Secure).</summary>
    public SameSiteMode CookieSameSite { get; init; } = SameSiteMode.Lax;

    /// <summary>REQUIRE_AUTH_FOR_CALCULATIONS: default true in Production, false in Development.</summary>
    public bool RequireUserForCalculations { get; init; }

    /// <summary>DEV_LOGIN_EMAIL: Development only, GET /auth/dev/login signs this (approved) email in without Google.</summary>
    public string? DevLoginEmail { get; init; }

    /// <summary>AUTH_RATE_LIMIT_PER_MINUTE: sign-in requests per client IP per minute. Default 10.</summary>
    public int SignInRequestsPerMinute { get; init; } = 10;

    public bool GoogleConfigured => GoogleClientId is not null;

    public static AuthOptions FromConfiguration(IConfiguration configuration, bool isProduction)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var defaults = new AuthOptions();
        var clientId = ConfigurationReader.Text(configuration, "GOOGLE_CLIENT_ID");
        var clientSecret = ConfigurationReader.Text(configuration, "GOOGLE_CLIENT_SECRET");
        if ((clientId is null) != (clientSecret is null))
        {
            throw new ConfigurationException("Configuration GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET must be set together.");
        }

        var appBaseUrl = ConfigurationReader.BaseUrl(configuration, "APP_BASE_URL");
        var options = new AuthOptions
        {
            GoogleClientId = clientId,
            GoogleClientSecret = clientSecret,
            GoogleIssuer = ConfigurationReader.BaseUrl(configuration, "GOOGLE_ISSUER") ?? defaults.GoogleIssuer,
            AppBaseUrl = appBaseUrl,
            FrontendBaseUrl = ConfigurationReader.BaseUrl(configuration, "FRONTEND_BASE_URL") ?? appBaseUrl,
            TrustedOrigins = Origins(configuration),
            SessionIdleTimeout = ConfigurationReader.Seconds(
                configuration, "SESSION_TTL_SECONDS", defaults.SessionIdleTimeout, 1, 366 * 86400),
            SessionAbsoluteLifetime = ConfigurationReader.Seconds(
                configuration, "SESSION_ABSOLUTE_LIFETIME_SECONDS", defaults.SessionAbsoluteLifetime, 1, 366 * 86400),
            CookieSecure = ConfigurationReader.Boolean(configuration, "SESSION_COOKIE_SECURE", isProduction),
            CookieSameSite = SameSite(configuration),
            RequireUserForCalculations = ConfigurationReader.Boolean(configuration, "REQUIRE_AUTH_FOR_CALCULATIONS", isProduction),
            DevLoginEmail = ConfigurationReader.Text(configuration, "DEV_LOGIN_EMAIL")?.ToLowerInvariant(),
            SignInRequestsPerMinute = ConfigurationReader.Integer(
                configuration, "AUTH_RATE_LIMIT_PER_MINUTE", defaults.SignInRequestsPerMinute, 1, 1_000_000),
        };

        if (options.GoogleIssuer.Scheme != Uri.UriSchemeHttps && !options.GoogleIssuer.IsLoopback)
        {
            throw new ConfigurationException("Configuration GOOGLE_ISSUER must use https:// (plain http only for a loopback test issuer).");
        }

        if (options.CookieSameSite == SameSiteMode.None && !options.CookieSecure)
        {
            throw new ConfigurationException("Configuration SESSION_COOKIE_SAMESITE=None needs SESSION_COOKIE_SECURE=true: browsers drop it otherwise.");
        }

        if (options.DevLoginEmail is not null && isProduction)
        {
            throw new ConfigurationException("Configuration DEV_LOGIN_EMAIL signs people in without a password and is refused in Production.");
        }

        if (options.DevLoginEmail is { } email && !EmailAddress.LooksValid(email))
        {
            throw new ConfigurationException("Configuration DEV_LOGIN_EMAIL must be an email address.");
        }

        return options;
    }

    private static List<Uri> Origins(IConfiguration configuration)
    {
        var text = ConfigurationReader.Text(configuration, "ALLOWED_ORIGINS");
        var origins = new List<Uri>();
        foreach (var origin in (text ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (origin == "*")
            {
                // A wildcard cannot vouch for cookies; CORS itself handles "*" (issue-level policy lives there).
                continue;
            }

            if (!Uri.TryCreate(origin, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            {
                throw new ConfigurationException($"Configuration ALLOWED_ORIGINS: '{origin}' is not an http(s) origin such as https://app.example.com.");
            }

            origins.Add(url);
        }

        return origins;
    }

    private static SameSiteMode SameSite(IConfiguration configuration) =>
        ConfigurationReader.Text(configuration, "SESSION_COOKIE_SAMESITE")?.ToUpperInvariant() switch
        {
            null or "LAX" => SameSiteMode.Lax,
            "STRICT" => SameSiteMode.Strict,
            "NONE" => SameSiteMode.None,
            _ => throw new ConfigurationException("Configuration SESSION_COOKIE_SAMESITE must be Lax, Strict or None."),
        };
}
