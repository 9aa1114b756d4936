using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Rpc;
using Grpc.AspNetCore.Server;
using Jyotishika.Engine;
using Jyotishika.Engine.Native;
using Jyotishika.Engine.Places;
using Jyotishika.Engine.Time;
using Jyotishika.Server.Configuration;
using Jyotishika.Server.Errors;
using Jyotishika.Server.FastPath;
using Jyotishika.Server.GrpcBinding;
using Jyotishika.Server.Licensing;
using Jyotishika.Server.Mapping;
using Jyotishika.Server.Rest.Json;
using Jyotishika.Server.Services;
using Jyotishika.Server.Streaming;
using NodaTime;

namespace Microsoft.Extensions.DependencyInjection;

public static class JyotishikaServiceCollectionExtensions
{
    /// <summary>google.rpc detail types that responses may carry; JSON needs them registered to write them.</summary>
    public static TypeRegistry ErrorDetailTypes { get; } = TypeRegistry.FromMessages(
        BadRequest.Descriptor, ErrorInfo.Descriptor, RetryInfo.Descriptor, ResourceInfo.Descriptor,
        PreconditionFailure.Descriptor, QuotaFailure.Descriptor, Help.Descriptor, LocalizedMessage.Descriptor,
        DebugInfo.Descriptor, RequestInfo.Descriptor);

    public static IServiceCollection AddJyotishika(this IServiceCollection services, ServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton(options);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<StreamCounters>();
        services.AddSingleton<StreamGuardInterceptor>();
        services.AddSingleton(_ => new EphemerisPool(options.Ephemeris));
        if (options.FastPath.Enabled)
        {
            services.AddSingleton(provider => FastPathStartup.Load(
                provider.GetRequiredService<EphemerisPool>(), options.FastPath,
                provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(FastPathStartup)))!);
        }

        services.AddSingleton<ChartEngine>();
        services.AddSingleton<ChartBatch>();
        services.AddSingleton<ChartBatchComputation>();
        services.AddSingleton<PanchangEngine>();
        services.AddSingleton<Jyotishika.Engine.Ephemeris.EphemerisEngine>();
        services.AddSingleton(DateTimeZoneProviders.Tzdb);
        services.AddSingleton(_ => PlaceIndex.Load(options.PlacesPath));
        services.AddSingleton<TimeZoneLocator>();
        services.AddSingleton<BirthTimeResolver>();
        services.AddSingleton<ChartRequestMapper>();
        services.AddJyotishikaChartCache(options.ChartCache);
        services.AddSingleton<DashaRequestMapper>();
        services.AddSingleton(new EphemerisDescription(
            $"Swiss Ephemeris {EphemerisPool.LibraryVersion} (18-series files, 1800-2399)"));
        services.AddSingleton(LicenseInfo.Create(options.SourceUrl, DateTimeZoneProviders.Tzdb.VersionId, EphemerisPool.LibraryVersion));
        services.AddSingleton(new JsonFormatter(JsonFormatter.Settings.Default.WithTypeRegistry(ErrorDetailTypes).WithFormatDefaultValues(true)));

        services.AddGrpc(grpc =>
            {
                grpc.Interceptors.Add<ErrorInterceptor>();
                grpc.Interceptors.Add<StreamGuardInterceptor>();
                grpc.EnableDetailedErrors = false;
                grpc.MaxReceiveMessageSize = 1024 * 1024;
                grpc.CompressionProviders = CheckedDecompressionProvider.Defaults();
            })
            // A batch of 10,000 chart requests is about 0.6-0.9 MB; room for long zone names and vargas lists.
            .AddServiceOptions<ChartGrpcService>(chart => chart.MaxReceiveMessageSize = 8 * 1024 * 1024)
            .AddJsonTranscoding(TranscodingJsonSetup.ApplySettings);
        services.UseCheckedRequests();
        services.PostConfigure<Microsoft.AspNetCore.Grpc.JsonTranscoding.GrpcJsonTranscodingOptions>(TranscodingJsonSetup.AddResponseWriter);
        services.AddGrpcReflection();
        services.AddJyotishikaHealthChecks();
        return services;
    }
}
