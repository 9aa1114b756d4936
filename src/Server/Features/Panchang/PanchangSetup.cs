namespace Jyotishika.Server.Features.Panchang;

/// <summary>The day's panchang at a place: PanchangService.</summary>
public static class PanchangSetup
{
    public static IServiceCollection AddPanchang(this IServiceCollection services) => services.AddSingleton<PanchangRequestMapper>();

    public static GrpcServiceEndpointConventionBuilder MapPanchang(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGrpcService<PanchangGrpcService>();
}
