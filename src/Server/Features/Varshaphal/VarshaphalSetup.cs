namespace Jyotishika.Server.Features.Varshaphal;

/// <summary>Tajaka annual charts of a birth: VarshaphalService.</summary>
public static class VarshaphalSetup
{
    public static IServiceCollection AddVarshaphal(this IServiceCollection services) => services;

    public static GrpcServiceEndpointConventionBuilder MapVarshaphal(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGrpcService<VarshaphalGrpcService>();
}
