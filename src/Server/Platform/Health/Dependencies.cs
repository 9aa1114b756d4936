using Grpc.AspNetCore.HealthChecks;
using Jyotishika.V1;

namespace Jyotishika.Server.Platform.Health;

/// <summary>
/// What each gRPC service needs to answer, by health-check name. grpc.health.v1 reports a service SERVING only when
/// all of its dependencies are healthy, so a PostgreSQL outage takes ProfileService out of rotation while charts go on.
/// </summary>
public static class Dependencies
{
    public const string Ephemeris = "ephemeris";
    public const string Places = "places";
    public const string Database = "database";
    public const string Redis = "redis";

    /// <summary>Not a dependency but the server's own state: every service goes NOT_SERVING while it drains.</summary>
    public const string Draining = "draining";

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ByService { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        [ChartService.Descriptor.FullName] = [Ephemeris],
        [DashaService.Descriptor.FullName] = [Ephemeris],
        [PanchangService.Descriptor.FullName] = [Ephemeris],
        [EphemerisService.Descriptor.FullName] = [Ephemeris],
        [PlaceService.Descriptor.FullName] = [Places],

        // Placements need nothing; a birth is computed on the ephemeris.
        [YogaService.Descriptor.FullName] = [Ephemeris],
        [MatchService.Descriptor.FullName] = [Ephemeris],
        [DoshaService.Descriptor.FullName] = [Ephemeris],
        [StrengthService.Descriptor.FullName] = [Ephemeris],
        [JaiminiService.Descriptor.FullName] = [Ephemeris],
        [VarshaphalService.Descriptor.FullName] = [Ephemeris],

        // Callers are recognised by session (Redis) or API token (PostgreSQL); saved charts are computed again.
        [AuthService.Descriptor.FullName] = [Database, Redis],
        [ProfileService.Descriptor.FullName] = [Database, Redis, Ephemeris],
    };

    /// <summary>"" (the whole server) depends on everything, as /readyz does; each service on its own list.</summary>
    public static void MapServices(GrpcHealthChecksOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Services.Map(string.Empty, _ => true);
        foreach (var (service, needs) in ByService)
        {
            options.Services.Map(service, check => needs.Contains(check.Name) || check.Name == Draining);
        }
    }
}
