using Jyotishika.Server.Mapping;
using Jyotishika.Server.Profiles;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Profiles, saved charts, notes and account data (PostgreSQL, scoped to the caller).</summary>
public static class JyotishikaProfileServiceCollectionExtensions
{
    public static IServiceCollection AddJyotishikaProfiles(this IServiceCollection services)
    {
        services.AddSingleton<ChartComputation>();
        services.AddSingleton<ProfileInput>();
        services.AddSingleton<ProfileStore>();
        services.AddSingleton<NoteStore>();
        services.AddSingleton<AccountStore>();
        return services;
    }
}
