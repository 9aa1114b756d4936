namespace Jyotishika.Server.Platform.GrpcBinding;

/// <summary>gRPC for every service: interceptors, message limits, checked decompression and request binding, REST transcoding.</summary>
public static class GrpcSetup
{
    /// <summary>The largest request any service takes unless it raises its own (a chart batch does).</summary>
    public const int MaxRequestBytes = 1024 * 1024;

    public static IGrpcServerBuilder AddGrpcPlatform(this IServiceCollection services)
    {
        services.AddSingleton<StreamCounters>();
        services.AddSingleton<StreamGuardInterceptor>();
        services.AddSingleton(new JsonFormatter(JsonFormatter.Settings.Default.WithTypeRegistry(ErrorDetails.Types).WithFormatDefaultValues(true)));
        var grpc = services.AddGrpc(grpc =>
        {
            grpc.Interceptors.Add<ErrorInterceptor>();
            grpc.Interceptors.Add<StreamGuardInterceptor>();
            grpc.EnableDetailedErrors = false;
            grpc.MaxReceiveMessageSize = MaxRequestBytes;
            grpc.CompressionProviders = CheckedDecompressionProvider.Defaults();
        });
        grpc.AddJsonTranscoding(TranscodingJsonSetup.ApplySettings);
        services.UseCheckedRequests();
        services.PostConfigure<GrpcJsonTranscodingOptions>(TranscodingJsonSetup.AddResponseWriter);
        services.AddGrpcReflection();
        return grpc;
    }
}
