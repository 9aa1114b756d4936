namespace Jyotishika.Server.Storage.Redis;

/// <summary>
/// Every Redis key prefix the server writes, in one place, so no two owners can collide and an operator can see what
/// lives in a shared Redis. Each owner builds its keys from its own prefix.
/// </summary>
public static class RedisKeys
{
    private const string Root = "jyotishika:";

    /// <summary>A browser session, by the hash of its cookie (<see cref="Accounts.SessionStore"/>).</summary>
    public const string Session = Root + "session:";

    /// <summary>The set of a user's session keys, for signing out everywhere.</summary>
    public const string UserSessions = Root + "user-sessions:";

    /// <summary>A sign-in in flight: the OpenID Connect state (<see cref="Accounts.RedisStateDataFormat"/>).</summary>
    public const string OAuthState = Root + "oauth-state:";

    /// <summary>A cached chart response (<see cref="Caching.ChartCacheKey"/>).</summary>
    public const string Chart = Root + "chart:";

    /// <summary>A rate-limit window's count (<see cref="RateLimits.RedisWindows"/>).</summary>
    public const string RateLimit = Root + "rate-limit:";

    /// <summary>The Data Protection key ring, one list every instance shares (<see cref="RedisKeyRing"/>).</summary>
    public const string DataProtectionKeys = Root + "data-protection-keys";
}
