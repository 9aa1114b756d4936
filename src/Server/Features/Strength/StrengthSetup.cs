namespace Jyotishika.Server.Features.Strength;

/// <summary>Aspects and ashtakavarga over a birth's rasi chart or typed placements: StrengthService.</summary>
public static class StrengthSetup
{
    public static IServiceCollection AddStrength(this IServiceCollection services) => services;

    public static GrpcServiceEndpointConventionBuilder MapStrength(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGrpcService<StrengthGrpcService>();
}
