namespace Jyotishika.Server.Platform.Edge;

/// <summary>
/// What Production refuses to start with (the older system's deployment checklist: "Secret Key Validation", "CORS
/// Restriction", "Cookie Security Hardening", required variables). Outside Production the same shortfalls are allowed
/// and announced in one start-up line, so a newcomer's server runs with nothing set and still says what is missing.
/// </summary>
internal static class ProductionRequirements
{
    /// <summary>Throws one <see cref="ConfigurationException"/> naming every setting Production lacks, so all are fixed at once.</summary>
    public static void Enforce(IConfiguration configuration, AuthOptions auth)
    {
        var shortfalls = Find(configuration, auth);
        if (shortfalls.Count > 0)
        {
            throw new ConfigurationException(
                "Production needs these settings fixed: " + string.Join("; ", shortfalls.Select(s => s.Refusal)) + ".");
        }
    }

    public static IReadOnlyList<Shortfall> Find(IConfiguration configuration, AuthOptions auth)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(auth);
        var shortfalls = new List<Shortfall>();
        var secretKey = ConfigurationReader.Text(configuration, "SECRET_KEY");
        if (secretKey is null || secretKey.Length < EdgeOptions.MinimumSecretKeyLength)
        {
            var state = secretKey is null ? "is not set" : $"has {secretKey.Length} characters";
            shortfalls.Add(new(
                $"SECRET_KEY {state}; it needs at least {EdgeOptions.MinimumSecretKeyLength} random characters (openssl rand -hex 32)",
                "SECRET_KEY random for this process"));
        }

        if (EdgeOptions.ListsWildcard(configuration))
        {
            shortfalls.Add(new(
                "ALLOWED_ORIGINS contains '*'; list the browser origins instead (ALLOWED_ORIGINS=https://app.example.com)",
                "CORS allows any origin (ALLOWED_ORIGINS=*)"));
        }

        if (auth.AppBaseUrl is null)
        {
            shortfalls.Add(new(
                "APP_BASE_URL is not set; it must be this server's public https:// URL",
                "APP_BASE_URL unset (sign-in callbacks use each request's own address)"));
        }
        else if (!IsHttpsOrLoopback(auth.AppBaseUrl))
        {
            shortfalls.Add(new(
                "APP_BASE_URL must use https:// (plain http only for a loopback address)",
                "APP_BASE_URL is plain http"));
        }

        if (!auth.GoogleConfigured)
        {
            shortfalls.Add(new(
                "GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET are not set; browsers could never sign in",
                "Google sign-in off (GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET unset)"));
        }

        if (!auth.CookieSecure)
        {
            shortfalls.Add(new(
                "SESSION_COOKIE_SECURE=false would let the session cookie travel over plain http",
                "session cookie without Secure (SESSION_COOKIE_SECURE=false)"));
        }

        // AuthOptions refuses this one first in Production; listed so that Development announces it.
        if (auth.DevLoginEmail is not null)
        {
            shortfalls.Add(new(
                "DEV_LOGIN_EMAIL signs people in without a password",
                $"GET /auth/dev/login signs {auth.DevLoginEmail} in without Google (DEV_LOGIN_EMAIL)"));
        }

        return shortfalls;
    }

    /// <summary>The rule GOOGLE_ISSUER follows: https, or plain http to this machine (tests, a local reverse proxy).</summary>
    private static bool IsHttpsOrLoopback(Uri url) => url.Scheme == Uri.UriSchemeHttps || url.IsLoopback;

    /// <param name="Refusal">Why Production will not start, naming the setting.</param>
    /// <param name="DevelopmentDefault">What happens instead outside Production, for the start-up notice.</param>
    internal sealed record Shortfall(string Refusal, string DevelopmentDefault);
}
