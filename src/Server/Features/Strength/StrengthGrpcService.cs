using Jyotishika.Engine;
using Jyotishika.Engine.Ashtakavarga;
using Jyotishika.Engine.Aspects;
using Jyotishika.Engine.Native;
using Jyotishika.Engine.Strength;
using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Features.Strength;

/// <summary>StrengthService: read the chart (a birth or placements) and the conventions, compute, map back.</summary>
public sealed class StrengthGrpcService(
    SignChartSource charts, ChartRequestMapper mapper, ChartEngine engine, EphemerisPool pool) : Contract.StrengthService.StrengthServiceBase
{
    public override async Task<Contract.AspectsResponse> ComputeAspects(Contract.AspectsRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var violations = new RequestViolations();
        var options = StrengthSettingsMapping.ToEngine(request.Settings, violations);
        var read = await charts.ReadAsync(request.Birth, request.Placements, violations, context.CancellationToken).ConfigureAwait(false);

        var response = new Contract.AspectsResponse { Settings = StrengthSettingsMapping.ToContract(options), ChartSettings = read.Computed?.Settings };
        response.GrahaDrishti.AddRange(GrahaDrishti.Of(read.Chart, options).Select(StrengthMapping.ToContract));
        response.RasiDrishti.AddRange(RasiDrishti.Of(read.Chart).Select(StrengthMapping.ToContract));
        return response;
    }

    public override async Task<Contract.AshtakavargaResponse> ComputeAshtakavarga(Contract.AshtakavargaRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var violations = new RequestViolations();
        var options = StrengthSettingsMapping.ToEngine(request.Settings);
        var read = await charts.ReadAsync(request.Birth, request.Placements, violations, context.CancellationToken).ConfigureAwait(false);

        var result = AshtakavargaCalculator.Compute(read.Chart, options);
        var response = new Contract.AshtakavargaResponse
        {
            SarvaTotal = result.Sarva.Sum(),
            Settings = StrengthSettingsMapping.ToContract(result.Options),
            ChartSettings = read.Computed?.Settings,
        };
        response.Bhinna.AddRange(result.Bhinna.Select(StrengthMapping.ToContract));
        response.Sarva.AddRange(result.Sarva);
        return response;
    }

    public override async Task<Contract.ShadbalaResponse> ComputeShadbala(Contract.ShadbalaRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var violations = new RequestViolations();
        var options = ShadbalaSettingsMapping.ToEngine(request.Settings, violations);
        var bhavaOptions = ShadbalaSettingsMapping.ToBhavaBala(request.Settings, violations);
        if (request.Birth is null)
        {
            violations.Add("birth", "is required: shadbala reads a birth's exact positions and its day's sunrise and sunset");
        }

        violations.ThrowIfAny();
        Validated<ChartInput> input = default;
        var mapped = false;
        try
        {
            input = mapper.Map(request.Birth!).Input;
            mapped = true;
        }
        catch (InvalidRequestException invalid)
        {
            violations.AddUnder("birth", invalid.Violations);
        }

        // A birth that did not map has its faults named above; only a mapped one has a house system to check.
        if (mapped && bhavaOptions.Madhyas == BhavaMadhyas.ChartCusps && input.Value.Settings.HouseSystem == HouseSystem.Gauquelin)
        {
            violations.Add("settings.bhavaMadhyas", "CHART_CUSPS needs twelve houses; GAUQUELIN has 36 sectors");
        }

        violations.ThrowIfAny();
        var chart = await engine.ComputeAsync(input, context.CancellationToken).ConfigureAwait(false);
        var result = await Shadbala.ComputeAsync(pool, chart, options, context.CancellationToken).ConfigureAwait(false);
        var response = new Contract.ShadbalaResponse
        {
            Settings = ShadbalaSettingsMapping.ToContract(result.Options, bhavaOptions),
            ChartSettings = ChartResponseMapper.ToContract(input.Value.Settings),
        };
        response.Grahas.AddRange(result.Grahas.Select(StrengthMapping.ToContract));
        response.Wars.AddRange(result.Wars.Select(StrengthMapping.ToContract));
        response.Bhavas.AddRange(BhavaBala.Of(chart, result, bhavaOptions).Select(StrengthMapping.ToContract));
        response.Vimshopaka.AddRange(Enum.GetValues<VimshopakaScheme>()
            .SelectMany(scheme => VimshopakaBala.Of(chart, scheme)).Select(StrengthMapping.ToContract));
        return response;
    }
}
