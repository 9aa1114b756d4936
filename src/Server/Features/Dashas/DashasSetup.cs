namespace Jyotishika.Server.Features.Dashas;

/// <summary>Vimshottari dasha periods, unary and streamed: DashaService. Birth data is read as charts read it.</summary>
public static class DashasSetup
{
    public static IServiceCollection AddDashas(this IServiceCollection services) => services.AddSingleton<DashaRequestMapper>();

    public static GrpcServiceEndpointConventionBuilder MapDashas(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGrpcService<DashaGrpcService>();
}
