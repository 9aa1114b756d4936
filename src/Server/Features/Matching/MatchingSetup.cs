namespace Jyotishika.Server.Features.Matching;

/// <summary>Kundli matching over births, typed placements or bare Moon stars: MatchService.</summary>
public static class MatchingSetup
{
    public static IServiceCollection AddMatching(this IServiceCollection services) => services.AddSingleton<MatchPartners>();

    public static GrpcServiceEndpointConventionBuilder MapMatching(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGrpcService<MatchGrpcService>();
}
