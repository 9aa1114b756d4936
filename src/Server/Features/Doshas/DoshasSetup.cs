namespace Jyotishika.Server.Features.Doshas;

/// <summary>Doshas over a birth's rasi chart or typed placements, and a birth's Sade Sati timeline: DoshaService.</summary>
public static class DoshasSetup
{
    public static IServiceCollection AddDoshas(this IServiceCollection services) => services;

    public static GrpcServiceEndpointConventionBuilder MapDoshas(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGrpcService<DoshaGrpcService>();
}
