namespace Jyotishika.Server.Features.Ephemeris;

/// <summary>Streamed positions and events over a time range: EphemerisService.</summary>
public static class EphemerisSetup
{
    public static GrpcServiceEndpointConventionBuilder MapEphemeris(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGrpcService<EphemerisGrpcService>();
}
