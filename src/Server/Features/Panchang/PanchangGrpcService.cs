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
        var (validated, source) = MapDay(request, violations);
        violations.ThrowIfAny();
        return await ComputeDayAsync(validated, source, dayOptions, context.CancellationToken).ConfigureAwait(false);
    }

    public override async Task StreamPanchang(
        PanchangRangeRequest request, IServerStreamWriter<PanchangResponse> responseStream, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(responseStream);
        ArgumentNullException.ThrowIfNull(context);
        var violations = new RequestViolations();
        var firstDay = PanchangRangeMapping.FirstDay(request);
        var dayOptions = PanchangDayMapping.ToEngine(firstDay, violations);
        var lastDate = PanchangRangeMapping.LastDate(request, violations);
        var (first, source) = MapDay(firstDay, violations);
        if (lastDate is { } last && violations.Count == 0)
        {
            // The first day passed every check; the last is the only other one that can leave the supported dates.
            foreach (var problem in Engine.Panchang.PanchangInputValidator.Validate(first.Value with { Date = last }, out _))
            {
                violations.Add("endDate", EngineViolations.ToField(problem).Description);
            }
        }

        violations.ThrowIfAny();
        for (var date = first.Value.Date; date <= lastDate!.Value; date = date.PlusDays(1))
        {
            var day = Engine.Panchang.PanchangInputValidator.Validated(first.Value with { Date = date });
            var response = await ComputeDayAsync(day, source, dayOptions, context.CancellationToken).ConfigureAwait(false);
            await responseStream.WriteAsync(response, context.CancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The request's day, or (with its violations added) nothing usable.</summary>
    private (Validated<Engine.Panchang.PanchangInput> Input, Engine.Time.TimeSource Source) MapDay(
        PanchangRequest request, RequestViolations violations)
    {
        try
        {
            return mapper.Map(request);
        }
        catch (InvalidRequestException invalid)
        {
            violations.AddRange(invalid.Violations);
            return default;
        }
    }

    /// <summary>One day's whole answer: the angas at sunrise and the day's listing, computed side by side.</summary>
    private async Task<PanchangResponse> ComputeDayAsync(
        Validated<Engine.Panchang.PanchangInput> validated, Engine.Time.TimeSource source,
        Engine.Panchang.Day.PanchangDayOptions dayOptions, CancellationToken cancellationToken)
    {
        var panchangTask = engine.ComputeAsync(validated, cancellationToken);
        var dayTask = days.ComputeAsync(validated, dayOptions, cancellationToken);
        await Task.WhenAll(panchangTask, dayTask).ConfigureAwait(false);
        var input = validated.Value;
        var response = PanchangMapping.ToContract(panchangTask.Result, input.Zone.Id, source);
        response.Ayanamsha = SettingsMapping.ToContract(input.Settings.Ayanamsha);
        response.Positions = SettingsMapping.ToContract(input.Settings.PositionType);
        response.RiseConvention = (V1.RiseConvention)(int)input.Rise;
        response.Day = PanchangDayMapping.ToContract(dayTask.Result, dayOptions);
        return response;
    }

    public override async Task<MuhurtaResponse> ComputeMuhurta(MuhurtaRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var violations = new RequestViolations();
        var options = MuhurtaMapping.ToEngine(request.Settings, violations);
        var (validated, _) = MapDay(MuhurtaMapping.AsPanchangRequest(request), violations);
        violations.ThrowIfAny();
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
