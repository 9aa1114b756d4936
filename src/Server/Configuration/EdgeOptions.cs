namespace Jyotishika.Server.Configuration;

/// <summary>
/// What faces browsers and the network: the secret key, the CORS origins and the REST request timeout. Production's
/// requirements on these (and on the sign-in settings) are checked by <c>Edge.ProductionRequirements</c>.
/// </summary>
public sealed class EdgeOptions
{
    /// <summary>SECRET_KEY: at least this many characters in Production (<c>openssl rand -hex 32</c> gives 64).</summary>
    public const int MinimumSecretKeyLength = 32;

    /// <summary>
    /// SECRET_KEY. Production refuses to start without one; elsewhere a missing key is replaced by a random one per
    /// process (<see cref="SecretKeyGenerated"/>). A class rather than a record so that no generated ToString prints it.
    /// </summary>
    public string SecretKey { get; init; } = string.Empty;

    /// <summary>SECRET_KEY was not set and <see cref="SecretKey"/> is random, valid until the process ends.</summary>
    public bool SecretKeyGenerated { get; init; }

    /// <summary>
    /// Browser origins allowed by CORS, as <c>scheme://host[:port]</c>: ALLOWED_ORIGINS plus the origin of
    /// FRONTEND_BASE_URL, read by the same rules as the session cookie's cross-site guard (<see cref="AuthOptions.TrustedOrigins"/>).
    /// </summary>
    public IReadOnlyList<string> AllowedOrigins { get; init; } = [];

    /// <summary>ALLOWED_ORIGINS contains <c>*</c>: any origin (Development only; Production refuses it).</summary>
    public bool AnyOrigin { get; init; }

    /// <summary>REQUEST_TIMEOUT_SECONDS: a REST call still running after this is cancelled and answered 504. Default 30 s.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public static EdgeOptions FromConfiguration(IConfiguration configuration, AuthOptions auth)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(auth);
        var defaults = new EdgeOptions();
        var secretKey = ConfigurationReader.Text(configuration, "SECRET_KEY");
        var origins = auth.TrustedOrigins.Append(auth.FrontendBaseUrl)
            .OfType<Uri>()
            .Select(url => url.GetLeftPart(UriPartial.Authority).ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new EdgeOptions
        {
            SecretKey = secretKey ?? RandomNumberGenerator.GetHexString(2 * MinimumSecretKeyLength, lowercase: true),
            SecretKeyGenerated = secretKey is null,
            AllowedOrigins = origins,
            AnyOrigin = ListsWildcard(configuration),
            RequestTimeout = ConfigurationReader.Seconds(configuration, "REQUEST_TIMEOUT_SECONDS", defaults.RequestTimeout, 1, 3600),
        };
    }

    /// <summary>AuthOptions skips "*" when it reads ALLOWED_ORIGINS (a wildcard cannot vouch for a cookie); CORS needs to know.</summary>
    internal static bool ListsWildcard(IConfiguration configuration) =>
        (ConfigurationReader.Text(configuration, "ALLOWED_ORIGINS") ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Contains("*", StringComparer.Ordinal);
}
