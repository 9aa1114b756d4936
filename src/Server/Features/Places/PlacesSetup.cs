namespace Jyotishika.Server.Features.Places;

/// <summary>Place search and time zones: PlaceService.</summary>
public static class PlacesSetup
{
    public static GrpcServiceEndpointConventionBuilder MapPlaces(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGrpcService<PlaceGrpcService>();
}
