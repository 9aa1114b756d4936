using Jyotishika.Server.Platform.Calculation;
using Contract = Jyotishika.V1;

namespace Jyotishika.Server.Features.Jaimini;

/// <summary>The rasi chart's Jaimini layer on a ComputeChart answer, when the request names its conventions (<c>jaimini</c>).</summary>
public sealed class JaiminiChartLayer(JaiminiLayerBuilder builder) : IChartLayer
{
    public bool IsRequested(Contract.ChartRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Jaimini is not null;
    }

    public async Task AddAsync(Contract.ChartRequest request, Contract.ChartResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(response);
        var violations = new RequestViolations();
        var options = JaiminiSettingsMapping.ToEngine(request.Jaimini, violations, "jaimini.");
        var timed = JaiminiSettingsMapping.TimedToEngine(request.Jaimini, violations, "jaimini.");
        violations.ThrowIfAny();
        response.Jaimini = await builder.BuildAsync(SignChartSource.FromResponse(response), options, timed, request, cancellationToken)
            .ConfigureAwait(false);
    }
}
