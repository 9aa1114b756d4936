using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;

namespace Jyotishika.Server.Storage.Redis;

/// <summary>
/// The Data Protection key ring in Redis, shared by every instance: a sign-in begun on one (its nonce cookie, protected
/// with the ring) completes on any other. Whoever sets a repository also makes the edge encrypt the keys at rest.
/// </summary>
public static class RedisKeyRing
{
    public static void AddRedisKeyRing(this IServiceCollection services)
    {
        // While Redis is down the ring cannot be read, and Data Protection would log an error with its stack trace at
        // every refresh (every two minutes, and at start-up): the outage is already logged once by StoreOutageLog, and
        // sign-in, the ring's only user, answers UNAVAILABLE meanwhile.
        services.Configure<LoggerFilterOptions>(logging =>
            logging.AddFilter("Microsoft.AspNetCore.DataProtection.KeyManagement.KeyRingProvider", LogLevel.Critical));
        services.AddOptions<KeyManagementOptions>().Configure<RedisStore>((options, store) =>
            options.XmlRepository = new RedisXmlRepository(() => store.Run(database => database), RedisKeys.DataProtectionKeys));
    }
}
