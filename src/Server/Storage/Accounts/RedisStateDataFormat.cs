using StackExchange.Redis;

namespace Jyotishika.Server.Storage.Accounts;

/// <summary>
/// The OpenID Connect <c>state</c> parameter as a random key into Redis instead of an encrypted blob: it lives ten
/// minutes and is deleted when first read, so a state can never be replayed. The PKCE verifier and the return
/// address travel inside the stored properties and never reach the browser.
/// </summary>
public sealed class RedisStateDataFormat(RedisStore redis) : ISecureDataFormat<AuthenticationProperties>
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public const string KeyPrefix = RedisKeys.OAuthState;

    public string Protect(AuthenticationProperties data) => Protect(data, purpose: null);

    public string Protect(AuthenticationProperties data, string? purpose)
    {
        ArgumentNullException.ThrowIfNull(data);
        var state = SecretToken.New();
        var bytes = PropertiesSerializer.Default.Serialize(data);
        redis.Run(database => database.StringSet(KeyPrefix + state, bytes, Lifetime, when: When.NotExists));
        return state;
    }

    public AuthenticationProperties? Unprotect(string? protectedText) => Unprotect(protectedText, purpose: null);

    public AuthenticationProperties? Unprotect(string? protectedText, string? purpose)
    {
        if (!SecretToken.IsWellFormed(protectedText))
        {
            return null;
        }

        var value = redis.Run(database => database.StringGetDelete(KeyPrefix + protectedText));
        return value.IsNullOrEmpty ? null : PropertiesSerializer.Default.Deserialize((byte[])value!);
    }
}
