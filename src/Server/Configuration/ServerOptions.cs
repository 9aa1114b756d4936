using Jyotishika.Engine.Native;

namespace Jyotishika.Server.Configuration;

/// <summary>
/// Settings read from the environment names the older system's operators know (PORT, EPHE_PATH …); ASP.NET Core's
/// other configuration sources (appsettings, command line) supply the same keys.
/// </summary>
public sealed record ServerOptions
{
    /// <summary>HTTP/1.1: REST, health, license. Default 8080.</summary>
    public int HttpPort { get; init; } = 8080;

    /// <summary>HTTP/2 cleartext: gRPC (and REST over h2). Default 8081.</summary>
    public int GrpcPort { get; init; } = 8081;

    /// <summary>Address both ports bind to. Default: every interface.</summary>
    public string BindAddress { get; init; } = "0.0.0.0";

    public EphemerisPoolOptions Ephemeris { get; init; } = new();

    /// <summary>The place data (GeoNames cities-500, gzip TSV). Default: <c>places/places.tsv.gz</c> beside the application.</summary>
    public string PlacesPath { get; init; } = Path.Combine(AppContext.BaseDirectory, "places", "places.tsv.gz");

    /// <summary>Where users obtain this server's source (AGPL-3.0 §13).</summary>
    public string? SourceUrl { get; init; }

    /// <summary>Largest REST request body accepted. Default 64 KiB: a chart request is a few hundred bytes.</summary>
    public int MaxRestBodyBytes { get; init; } = 64 * 1024;

    /// <summary>CHART_CACHE_ENABLED, CHART_CACHE_TTL_SECONDS, CHART_CACHE_READ_TIMEOUT_MS: chart results kept in Redis.</summary>
    public ChartCacheOptions ChartCache { get; init; } = new();

    /// <summary>FAST_PATH_ENABLED, FAST_PATH_CACHE_DIR: the engine's fitted fast path.</summary>
    public FastPathOptions FastPath { get; init; } = new();

    /// <summary>MAX_STREAMS_PER_CALLER, STREAM_WRITE_TIMEOUT_SECONDS: bounds on server streams.</summary>
    public StreamOptions Streams { get; init; } = new();

    public static ServerOptions FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var defaults = new ServerOptions();
        var ephemeris = new EphemerisPoolOptions();
        return new ServerOptions
        {
            HttpPort = Port(configuration, "PORT", defaults.HttpPort),
            GrpcPort = Port(configuration, "GRPC_PORT", defaults.GrpcPort),
            BindAddress = configuration["BIND_ADDRESS"] is { Length: > 0 } bind ? bind : defaults.BindAddress,
            PlacesPath = configuration["PLACES_PATH"] is { Length: > 0 } places ? places : defaults.PlacesPath,
            SourceUrl = configuration["SOURCE_URL"] is { Length: > 0 } url ? url : null,
            MaxRestBodyBytes = Integer(configuration, "MAX_REST_BODY_BYTES", defaults.MaxRestBodyBytes, 1024, 16 * 1024 * 1024),
            Ephemeris = new EphemerisPoolOptions
            {
                EphemerisPath = configuration["EPHE_PATH"] is { Length: > 0 } path ? path : ephemeris.EphemerisPath,
                ThreadCount = Integer(configuration, "EPHEMERIS_THREADS", ephemeris.ThreadCount, 1, 256),
                QueueCapacity = Integer(configuration, "EPHEMERIS_QUEUE_CAPACITY", ephemeris.QueueCapacity, 1, 1_000_000),
            },
            ChartCache = ChartCacheOptions.FromConfiguration(configuration),
            FastPath = FastPathOptions.FromConfiguration(configuration),
            Streams = StreamOptions.FromConfiguration(configuration),
        };
    }

    private static int Port(IConfiguration configuration, string key, int fallback) =>
        Integer(configuration, key, fallback, 0, 65535);

    private static int Integer(IConfiguration configuration, string key, int fallback, int min, int max) =>
        ConfigurationReader.Integer(configuration, key, fallback, min, max);
}
