using Grpc.Core;
using Jyotishika.Engine;
using Jyotishika.Server.Mapping;
using Jyotishika.V1;

namespace Jyotishika.Server.Services;

/// <summary>ChartService: validate and map, delegate to the engine, map back.</summary>
public sealed class ChartGrpcService(ChartEngine engine, ChartRequestMapper mapper, EphemerisDescription ephemeris)
    : ChartService.ChartServiceBase
{
    public override async Task<ChartResponse> ComputeChart(ChartRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (input, time) = mapper.Map(request);
        var chart = await engine.ComputeAsync(input, context.CancellationToken).ConfigureAwait(false);
        var response = ChartResponseMapper.ToResponse(chart, time, ephemeris.Text);
        response.DivisionalCharts.AddRange(VargaMapping.ToContract(chart, request.Vargas));
        return response;
    }

    public override async Task<VargasResponse> ComputeVargas(ChartRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (input, time) = mapper.Map(request);
        var chart = await engine.ComputeAsync(input, context.CancellationToken).ConfigureAwait(false);
        var full = ChartResponseMapper.ToResponse(chart, time, ephemeris.Text);
        var response = new VargasResponse { Settings = full.Settings, Metadata = full.Metadata };
        response.DivisionalCharts.AddRange(
            VargaMapping.ToContract(chart, request.Vargas.Count > 0 ? request.Vargas : VargaMapping.Shodasavarga));
        return response;
    }
}
