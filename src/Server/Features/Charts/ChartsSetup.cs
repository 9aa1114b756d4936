namespace Jyotishika.Server.Features.Charts;

/// <summary>Charts, chart batches, divisional charts and chart pictures: ChartService.</summary>
public static class ChartsSetup
{
    /// <summary>A batch of 10,000 chart requests is about 0.6-0.9 MB; room for long zone names and vargas lists.</summary>
    public const int MaxBatchRequestBytes = 8 * 1024 * 1024;

    public static IServiceCollection AddCharts(this IServiceCollection services)
    {
        services.AddSingleton<ChartRequestMapper>();
        services.AddSingleton<ChartComputation>();
        services.AddSingleton<ChartBatchComputation>();
        services.AddSingleton<SignChartSource>();
        services.AddSingleton<ChartPictureRequestMapper>();
        services.AddSingleton<ChartPictureRendering>();
        services.AddSingleton<PictureCaching>();
        services.AddSingleton(new ImageAnswer(
            Jyotishika.V1.ChartService.Descriptor.FindMethodByName("RenderChart").FullName,
            [ChartPictureRendering.SvgType, ChartPictureRendering.PngType]));
        services.AddSingleton(provider => new ChartCacheKey(provider.GetRequiredService<EphemerisDescription>().Text));
        // Not AddGrpc().AddServiceOptions: a second AddGrpc would restore the method provider that UseCheckedRequests replaced.
        services.Configure<GrpcServiceOptions<ChartGrpcService>>(chart => chart.MaxReceiveMessageSize = MaxBatchRequestBytes);
        return services;
    }

    public static GrpcServiceEndpointConventionBuilder MapCharts(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGrpcService<ChartGrpcService>();
}
