using Jyotishika.Server.Platform.Calculation;

namespace Jyotishika.Server.Features.Jaimini;

/// <summary>Chara karakas, arudha padas and graha arudhas of a birth (any varga) or typed placements: JaiminiService.</summary>
public static class JaiminiSetup
{
    public static IServiceCollection AddJaimini(this IServiceCollection services) =>
        services.AddSingleton<JaiminiLayerBuilder>().AddSingleton<IChartLayer, JaiminiChartLayer>();

    public static GrpcServiceEndpointConventionBuilder MapJaimini(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGrpcService<JaiminiGrpcService>();
}
