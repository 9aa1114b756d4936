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
        return ChartResponseMapper.ToResponse(chart, time, ephemeris.Text);
    }
}
