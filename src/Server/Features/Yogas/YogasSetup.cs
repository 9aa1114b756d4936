namespace Jyotishika.Server.Features.Yogas;

/// <summary>Classical yogas over a birth's rasi chart or typed placements: YogaService.</summary>
public static class YogasSetup
{
    public static IServiceCollection AddYogas(this IServiceCollection services) => services;

    public static GrpcServiceEndpointConventionBuilder MapYogas(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGrpcService<YogaGrpcService>();
}
