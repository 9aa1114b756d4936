using Jyotishika.Engine;
using Jyotishika.Engine.Panchang.Muhurta;
using Jyotishika.V1;

namespace Jyotishika.Server.Features.Panchang;

/// <summary>PanchangService: validate and resolve the day's zone, delegate to the panchang engine, map back.</summary>
public sealed class PanchangGrpcService(
    PanchangEngine engine, Engine.Panchang.Day.PanchangDayEngine days, MuhurtaEngine muhurtas, PanchangRequestMapper mapper)
    : PanchangService.PanchangServiceBase
{
    public override async Task<PanchangResponse> ComputePanchang(PanchangRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var violations = new RequestViolations();
        var dayOptions = PanchangDayMapping.ToEngine(request, violations);
        (Validated<Engine.Panchang.PanchangInput> Input, Engine.Time.TimeSource Source)? mapped = null;
        try
        {
            mapped = mapper.Map(request);
        }
        catch (InvalidRequestException invalid)
        {
            violations.AddRange(invalid.Violations);
        }

        violations.ThrowIfAny();
        var (validated, source) = mapped!.Value;
        var panchang = await engine.ComputeAsync(validated, context.CancellationToken).ConfigureAwait(false);
        var day = await days.ComputeAsync(validated, dayOptions, context.CancellationToken).ConfigureAwait(false);
        var input = validated.Value;
        var response = PanchangMapping.ToContract(panchang, input.Zone.Id, source);
        response.Ayanamsha = SettingsMapping.ToContract(input.Settings.Ayanamsha);
        response.Positions = SettingsMapping.ToContract(input.Settings.PositionType);
        response.RiseConvention = (V1.RiseConvention)(int)input.Rise;
        response.Day = PanchangDayMapping.ToContract(day, dayOptions);
        return response;
    }

    public override async Task<MuhurtaResponse> ComputeMuhurta(MuhurtaRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var violations = new RequestViolations();
        var options = MuhurtaMapping.ToEngine(request.Settings, violations);
        (Validated<Engine.Panchang.PanchangInput> Input, Engine.Time.TimeSource Source)? day = null;
        try
        {
            day = mapper.Map(MuhurtaMapping.AsPanchangRequest(request));
        }
        catch (InvalidRequestException invalid)
        {
            violations.AddRange(invalid.Violations);
        }

        violations.ThrowIfAny();
        var (validated, _) = day!.Value;
        var periods = await muhurtas.ComputeAsync(validated, options, context.CancellationToken).ConfigureAwait(false)
            ?? throw new InvalidRequestException(
                "latitude", "the Sun does not both rise and set on this day here (polar day or night): the day has no muhurtas");
        var input = validated.Value;
        var response = MuhurtaMapping.ToContract(periods, options, input.Zone.Id);
        response.Ayanamsha = SettingsMapping.ToContract(input.Settings.Ayanamsha);
        response.Positions = SettingsMapping.ToContract(input.Settings.PositionType);
        return response;
    }
}
