namespace Jyotishika.Server.Features.Profiles;

/// <summary>Profiles, saved charts, notes and account data, scoped to the signed-in caller: ProfileService.</summary>
public static class ProfilesSetup
{
    public static IServiceCollection AddProfiles(this IServiceCollection services) => services.AddSingleton<ProfileInput>();

    /// <summary>Every call needs a signed-in caller, whatever the server's calculation policy.</summary>
    public static GrpcServiceEndpointConventionBuilder MapProfiles(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGrpcService<ProfileGrpcService>().RequireAuthorization();
}
