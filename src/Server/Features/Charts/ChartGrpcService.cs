using Google.Api;
using Jyotishika.Server.Platform.Calculation;
using Jyotishika.V1;

namespace Jyotishika.Server.Features.Charts;

/// <summary>ChartService: validate and map, delegate to the engine (through the result cache), map back.</summary>
public sealed class ChartGrpcService(
    ChartComputation computation, ChartBatchComputation batch, ChartPictureRendering pictures, PictureCaching caching,
    IEnumerable<IChartLayer> layers)
    : ChartService.ChartServiceBase
{

    public override Task<ComputeChartsResponse> ComputeCharts(ComputeChartsRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // gRPC callers get results encoded as they are answered; JSON transcoding writes objects.
        var contentType = context.GetHttpContext().Request.ContentType;
        var protobufWire = contentType?.StartsWith("application/grpc", StringComparison.OrdinalIgnoreCase) == true;
        return protobufWire
            ? batch.ComputeEncodedAsync(request, context.CancellationToken)
            : batch.ComputeAsync(request, context.CancellationToken);
    }

    public override async Task<ChartResponse> ComputeChart(ChartRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var response = await computation.ComputeAsync(request, context.CancellationToken).ConfigureAwait(false);
        var copied = false;
        foreach (var layer in layers)
        {
            if (!layer.IsRequested(request))
            {
                continue;
            }

            // The cached answer may be shared; the layers write on a copy, made once and only when one is asked for.
            if (!copied)
            {
                response = response.Clone();
                copied = true;
            }

            await layer.AddAsync(request, response, context.CancellationToken).ConfigureAwait(false);
        }

        return response;
    }

    public override async Task<VargasResponse> ComputeVargas(ChartRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);

        // The vargas part of the chart that names them, so the two calls share cache entries.
        var vargas = request.Vargas.Count > 0 ? request.Vargas : VargaMapping.Shodasavarga;
        var chart = await computation.ComputeAsync(request, vargas, context.CancellationToken).ConfigureAwait(false);
        var response = new VargasResponse { Settings = chart.Settings, Metadata = chart.Metadata };
        response.DivisionalCharts.AddRange(chart.DivisionalCharts);
        return response;
    }

    public override async Task<HttpBody> RenderChart(RenderChartRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var picture = await pictures.RenderAsync(request, context.CancellationToken).ConfigureAwait(false);
        var http = context.GetHttpContext();
        var current = !EdgeRequests.IsGrpc(http) && caching.AnswerIsCurrent(http, picture.Bytes);
        return new HttpBody
        {
            ContentType = picture.ContentType,
            Data = current ? ByteString.Empty : UnsafeByteOperations.UnsafeWrap(picture.Bytes),
        };
    }
}
