using Jyotishika.Server.Configuration;
using Jyotishika.Server.Storage;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>The retention job (RETENTION_*): one instance, run on its schedule and resolvable for a run on demand.</summary>
public static class JyotishikaRetentionServiceCollectionExtensions
{
    public static IServiceCollection AddJyotishikaRetention(this IServiceCollection services, RetentionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton(options);
        services.AddSingleton<RetentionService>();
        services.AddHostedService(provider => provider.GetRequiredService<RetentionService>());
        return services;
    }
}
