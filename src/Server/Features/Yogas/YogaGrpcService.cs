using Jyotishika.Engine.Yogas;
using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Features.Yogas;

/// <summary>YogaService: read the chart (a birth or placements) and the conventions, evaluate every yoga, map back.</summary>
public sealed class YogaGrpcService(SignChartSource charts) : Contract.YogaService.YogaServiceBase
{
    public override async Task<Contract.YogaResponse> ComputeYogas(Contract.YogaRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var violations = new RequestViolations();
        var options = YogaSettingsMapping.ToEngine(request.Settings, violations);
        var read = await charts.ReadAsync(request.Birth, request.Placements, violations, context.CancellationToken).ConfigureAwait(false);

        var report = YogaEvaluator.Evaluate(read.Chart, options);
        var response = new Contract.YogaResponse { Settings = YogaSettingsMapping.ToContract(report.Options), ChartSettings = read.Computed?.Settings };
        response.Yogas.AddRange(report.Results.Select(ToContract));
        return response;
    }

    private static Contract.YogaResult ToContract(YogaResult result)
    {
        var contract = new Contract.YogaResult
        {
            Name = result.Key,
            Present = result.Present,
            State = result.State switch
            {
                YogaState.Present => Contract.YogaState.Present,
                YogaState.Cancelled => Contract.YogaState.Cancelled,
                YogaState.NotEvaluable => Contract.YogaState.NotEvaluable,
                _ => Contract.YogaState.Absent,
            },
            Rule = result.Rule,
        };
        contract.Grahas.AddRange(result.Grahas.Select(SettingsMapping.ToContract));
        contract.Houses.AddRange(result.Houses);
        contract.Conditions.AddRange(result.Conditions.Select(condition =>
        {
            var named = new Contract.YogaCondition { Kind = condition.Kind.Key() };
            named.Grahas.AddRange(condition.Grahas.Select(SettingsMapping.ToContract));
            return named;
        }));
        return contract;
    }
}
