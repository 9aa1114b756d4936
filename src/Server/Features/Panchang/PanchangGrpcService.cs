using Jyotishika.Engine;
using Jyotishika.V1;

namespace Jyotishika.Server.Features.Panchang;

/// <summary>PanchangService: validate and resolve the day's zone, delegate to the panchang engine, map back.</summary>
public sealed class PanchangGrpcService(PanchangEngine engine, PanchangRequestMapper mapper) : PanchangService.PanchangServiceBase
{
    public override async Task<PanchangResponse> ComputePanchang(PanchangRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (validated, source) = mapper.Map(request);
        var panchang = await engine.ComputeAsync(validated, context.CancellationToken).ConfigureAwait(false);
        var input = validated.Value;
        var response = PanchangMapping.ToContract(panchang, input.Zone.Id, source);
        response.Ayanamsha = SettingsMapping.ToContract(input.Settings.Ayanamsha);
        response.Positions = SettingsMapping.ToContract(input.Settings.PositionType);
        response.RiseConvention = (V1.RiseConvention)(int)input.Rise;
        return response;
    }
}
