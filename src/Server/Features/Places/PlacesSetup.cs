namespace Jyotishika.Server.Features.Places;

/// <summary>Place search and time zones: PlaceService.</summary>
public static class PlacesSetup
{
    /// <summary>Nothing to register beyond the engine's place index; here so every feature is added the same way.</summary>
    public static IServiceCollection AddPlaces(this IServiceCollection services) => services;

    public static GrpcServiceEndpointConventionBuilder MapPlaces(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGrpcService<PlaceGrpcService>();
}
